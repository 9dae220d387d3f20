import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Real news text for the throughput figures: the seed article, the article bodies of the
 * readability test pages (their expected.html) and the eval pages, as paragraphs the way the
 * content script sends them.
 */
/** The shared folder beside the repository (../shared), as the eval pages are found too. */
const SHARED = resolve(import.meta.dirname, '../../../../shared');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function paragraphsOfHtml(html: string): string[] {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/<\/(?:p|h[1-6]|li|blockquote|figcaption|div|td)>|<br\s*\/?>/i)
    .map((part) =>
      decodeEntities(part.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0);
}

/** Pages written mostly outside ASCII: German, French, Chinese. */
const NON_ASCII_PAGES = ['heise', 'lemonde-1', 'gmw', 'youth'];

function seedArticle(): string[] {
  return readFileSync(join(SHARED, 'seed/first-article.de.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

export interface NewsTexts {
  /** The seed article and every readability news page. */
  all: string[];
  /** The seed article, the non-English readability pages and the German, French and Ukrainian eval pages. */
  nonAscii: string[];
}

export function loadNewsTexts(): NewsTexts {
  const newsDir = join(SHARED, 'corpus/readability-pages/news');
  const page = (name: string) => paragraphsOfHtml(readFileSync(join(newsDir, name, 'expected.html'), 'utf8'));
  const evalDir = join(SHARED, 'eval/dev');
  const evalPages = readdirSync(evalDir)
    .filter((name) => /^(de|fr|uk)-.*\.html$/.test(name))
    .sort()
    .flatMap((name) => paragraphsOfHtml(readFileSync(join(evalDir, name), 'utf8')));
  return {
    all: [...seedArticle(), ...readdirSync(newsDir).sort().flatMap(page)],
    nonAscii: [...seedArticle(), ...NON_ASCII_PAGES.flatMap(page), ...evalPages],
  };
}

export const utf8Bytes = (blocks: string[]) =>
  blocks.reduce((sum, block) => sum + new TextEncoder().encode(block).length, 0);
