import type { EntityRecord } from '../../../lib/schema/records';
import { type CommonWords, normalForm } from './common-words';
import { type AuditContext, type AuditRecord, type Finding, finding, pointer } from './finding';

type EntityAt = AuditRecord & { record: EntityRecord };

interface Form {
  at: EntityAt;
  path: string;
  text: string;
}

/**
 * The forms the matcher marks wherever they occur: `names` and `aliases`. Short names are left
 * out on purpose — they are ambiguous by definition and matched only with evidence.
 */
function matchedForms(context: AuditContext): Form[] {
  return context.records.flatMap((at) => {
    if (at.record.kind !== 'entity') return [];
    const entity = at as EntityAt;
    return (['names', 'aliases'] as const).flatMap((field) =>
      Object.entries(entity.record[field]).flatMap(([lang, list]) =>
        list.map((text, index) => ({ at: entity, path: `${field}.${lang}[${index}]`, text })),
      ),
    );
  });
}

/**
 * A name two entities share is marked as one of them, or as both: the reader cannot tell which
 * is meant. Reported once per pair, at the second entity, as an ambiguity to resolve (a fuller
 * name, or a short name that needs evidence).
 */
export function sharedNames(context: AuditContext): Finding[] {
  const first = new Map<string, Form>();
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const form of matchedForms(context)) {
    const key = normalForm(form.text);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, form);
      continue;
    }
    const pair = `${key}\n${form.at.record.id}`;
    if (earlier.at.record.id === form.at.record.id || reported.has(pair)) continue;
    reported.add(pair);
    const reason = `ambiguity: "${form.text}" is also a name of ${earlier.at.record.id} (${pointer(earlier.at, earlier.path)})`;
    findings.push(finding('warning', form.at, form.path, reason));
  }
  return findings;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  uk: 'Ukrainian',
  ru: 'Russian',
};

/**
 * A name that is also an everyday word of a pack language gets marked wherever the word is used:
 * the starter pack's "Bild" is the German for "picture". The matcher wants a capital letter in
 * Latin script, which spares most such words but not German nouns or Cyrillic, so this is a
 * warning that asks for a look; the fix is usually to move the form to `shortNames`.
 */
export function commonWordNames(context: AuditContext, lists: ReadonlyMap<string, CommonWords>): Finding[] {
  return matchedForms(context).flatMap((form) => {
    // An acronym in Latin script ("EU") is marked only where the text writes it with a capital,
    // so the French "eu" never is: no word to warn about.
    if (/^[\p{Script=Latin}\d]+$/u.test(form.text) && form.text === form.text.toUpperCase()) return [];
    const hits = [...lists].flatMap(([language, words]) => {
      const rank = words.get(normalForm(form.text, language));
      return rank === undefined ? [] : [`${LANGUAGE_NAMES[language] ?? language} (rank ${rank})`];
    });
    if (hits.length === 0) return [];
    const reason = `"${form.text}" is a common word in ${hits.join(', ')}: it would be marked wherever the word is used; make it a short name`;
    return [finding('warning', form.at, form.path, reason)];
  });
}

/** A pack language with no word list: its names cannot be checked, and the author should know. */
export function missingWordLists(context: AuditContext, missing: readonly string[]): Finding[] {
  return missing.map((language) => ({
    severity: 'warning' as const,
    file: context.metaFile,
    place: `languages[${context.languages.indexOf(language)}]`,
    reason: `no common-word list for "${language}" (tools/pack/audit/common-words/): names are not checked against its words`,
  }));
}
