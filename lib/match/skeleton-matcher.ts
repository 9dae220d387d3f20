import type { TextMatch } from '../messaging/protocol';
import type { EntityRecord } from '../schema/records';

/**
 * The walking skeleton's matcher: whole-word look-up of full names, and of short names when the
 * full name occurs somewhere in the same article. The compiled multilingual matcher replaces it.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allForms(names: Record<string, string[]>): string[] {
  return [...new Set(Object.values(names).flat())];
}

function wordPattern(forms: string[]): RegExp | null {
  if (forms.length === 0) return null;
  const alternatives = forms
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // German genitive -s is part of the mention ("Blinkens"); English 's stays outside it.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})s?(?![\\p{L}\\p{N}])`, 'gu');
}

export function matchEntities(blocks: string[], entities: EntityRecord[]): TextMatch[] {
  const article = blocks.join('\n');
  const matches: TextMatch[] = [];
  for (const entity of entities) {
    const full = wordPattern(allForms(entity.names).concat(allForms(entity.aliases)));
    const fullSeen = full?.test(article) ?? false;
    const forms = wordPattern(
      allForms(entity.names)
        .concat(allForms(entity.aliases))
        .concat(fullSeen ? allForms(entity.shortNames) : []),
    );
    if (!forms) continue;
    blocks.forEach((text, block) => {
      for (const found of text.matchAll(forms)) {
        matches.push({
          kind: 'entity',
          id: entity.id,
          block,
          start: found.index,
          end: found.index + found[0].length,
          alias: found[0],
        });
      }
    });
  }
  return matches.sort((a, b) => a.block - b.block || a.start - b.start);
}
