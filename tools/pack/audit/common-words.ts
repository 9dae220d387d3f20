import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const LISTS = join(import.meta.dirname, 'common-words');

/** A language's most frequent words, each with its rank (1 = most frequent). */
export type CommonWords = ReadonlyMap<string, number>;

/** How names and list words are compared: the matcher ignores case, and so does this. */
export function normalForm(text: string, language?: string): string {
  return text.normalize('NFC').toLocaleLowerCase(language).replace(/\s+/gu, ' ').trim();
}

/**
 * The shipped lists (see common-words/README.md for their sources) for `languages`; a language
 * without a list is returned in `missing`.
 */
export async function loadCommonWords(
  languages: readonly string[],
  dir = LISTS,
): Promise<{ lists: Map<string, CommonWords>; missing: string[] }> {
  const lists = new Map<string, CommonWords>();
  const missing: string[] = [];
  for (const language of languages) {
    let text: string;
    try {
      text = await readFile(join(dir, `${language}.txt`), 'utf8');
    } catch {
      missing.push(language);
      continue;
    }
    const ranks = new Map<string, number>();
    for (const word of text.split('\n')) {
      const form = normalForm(word, language);
      if (form !== '' && !ranks.has(form)) ranks.set(form, ranks.size + 1);
    }
    lists.set(language, ranks);
  }
  return { lists, missing };
}
