import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { LanguageCode, PartialDate } from '../../../lib/schema/primitives';
import type { EntityRecord, Role, SourceCitation } from '../../../lib/schema/records';
import { RecordWriter, warnSkipped } from './record-writer';
import { IdAllocator, slugify } from './slug';
import { readWikidataEntities } from './wikidata-input';
import {
  itemIdOf,
  partialDateOf,
  statementsOf,
  type WikidataEntity,
  WikidataEntityJson,
} from './wikidata-json';
import { classesOf, EntityScope } from './wikidata-scope';
import { entityTypeOf } from './wikidata-types';

type EntityInput = Omit<Partial<EntityRecord>, 'kind' | 'id' | 'type' | 'name'> &
  Pick<EntityRecord, 'kind' | 'id' | 'type' | 'name'>;

const POSITION_HELD = 'P39';
const START_TIME = 'P580';
const END_TIME = 'P582';
/** Wikidata's language-neutral label, used where a language has none of its own. */
const ANY_LANGUAGE = 'mul';

const MAX_NAME_LENGTH = 200;
const MAX_NAMES_PER_LANGUAGE = 500;
const MAX_DESCRIPTION_LENGTH = 300;
const MAX_ROLES = 50;

/** Labels of the positions (P39 values) found in the input, per language. */
type PositionLabels = Map<string, Record<string, string>>;

interface MappingContext {
  langs: string[];
  positionLabels: PositionLabels;
  /**
   * The date the input's data is known to hold, for entities without a `modified` time: `--as-of`,
   * else the input file's date. Dates the Wikipedia links and the records' `reviewed`.
   */
  asOf: string;
}

export interface ImportWikidataOptions {
  langs: string[];
  outDir: string;
  /** P31 classes whose instances become entities; default people, organisations and outlets. */
  types?: readonly string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: when the input's data was taken from Wikidata. */
  asOf?: string;
}

const QID = /^Q[1-9]\d*$/;
/** An item nobody could find in an article in the chosen languages: left out without a line each. */
const UNNAMED = 'no label or alias in the chosen languages';

/**
 * `pack import-wikidata <file> --langs en,de --out <dir>`: Wikidata entity JSON (API responses or
 * the dump's one-entity-per-line format, plain, gzipped or bzip2ed) → one `entities/<id>.yaml` per
 * item of the chosen classes. Reads the input three times so a dump never has to fit in memory:
 * the positions (P39) the kept items hold, then those positions' labels, then the kept items.
 */
export async function importWikidata(
  inputPath: string,
  options: ImportWikidataOptions,
): Promise<{ records: number }> {
  const langs = options.langs.map((lang) => {
    const code = lang.trim().toLowerCase();
    if (!LanguageCode.safeParse(code).success)
      throw new Error(`--langs: "${lang}" is not a language code like "en"`);
    return code;
  });
  if (langs.length === 0) throw new Error('import-wikidata needs at least one language (--langs en,de)');
  if (options.asOf !== undefined && !PartialDate.safeParse(options.asOf).success)
    throw new Error(`--as-of: "${options.asOf}" is not a date like 2023-03-31, 2023-03 or 2023`);
  const scope = new EntityScope(options.types);
  const positions = await collectPositionIds(inputPath, scope);
  const context: MappingContext = {
    langs,
    positionLabels: positions.size > 0 ? await collectLabels(inputPath, positions, langs) : new Map(),
    asOf: options.asOf ?? (await stat(inputPath)).mtime.toISOString().slice(0, 10),
  };
  const writer = new RecordWriter(
    options.outDir,
    `Imported from Wikidata (${basename(inputPath)}) by pack import-wikidata`,
  );
  const ids = new IdAllocator();
  let unnamed = 0;
  for await (const { json, position } of readWikidataEntities(inputPath, (line) => scope.mayKeep(line))) {
    const entity = itemOf(json, position);
    if (!entity || !scope.keeps(entity)) continue;
    const where = `${position} (${entity.id})`;
    const record = entityRecordOf(entity, context, ids);
    if (record === UNNAMED) unnamed++;
    else if (typeof record === 'string') warnSkipped(where, record);
    else await writer.write(record, where);
  }
  // A dump holds millions of items without a name in the chosen languages: one line for all of them.
  if (unnamed > 0)
    warnSkipped(basename(inputPath), `${unnamed} items without a label or alias in ${langs.join(', ')}`);
  return { records: writer.written };
}

/** The entity when it is an item; properties and lexemes are not news subjects and pass silently. */
function itemOf(json: unknown, position: string): WikidataEntity | undefined {
  const parsed = WikidataEntityJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    warnSkipped(position, `not a Wikidata entity (${issue?.path.join('.')}: ${issue?.message})`);
    return undefined;
  }
  if (parsed.data.missing) {
    warnSkipped(`${position} (${parsed.data.id})`, 'the entity is missing in Wikidata');
    return undefined;
  }
  return QID.test(parsed.data.id) ? parsed.data : undefined;
}

/** A line that may hold a P39 statement: a non-empty `"P39": [{` or a 2013 `"m": ["value", 39, …`. */
const HOLDS_POSITION = /"P39"\s*:\s*\[\s*\{|"m"\s*:\s*\[\s*"value"\s*,\s*39\s*,/;
/**
 * Ids a line may belong to: every `"id": "Q…"` except those right after `"numeric-id": …,` (the
 * values of statements, which is how Wikidata writes them). It may name more than the entity's
 * own id, never fewer.
 */
const OWN_ID_CANDIDATES = /(?<!"numeric-id"\s*:\s*\d+\s*,\s*)"id"\s*:\s*"(Q\d+)"/g;

/** The positions the kept items hold: only their labels are needed, not those of every item. */
async function collectPositionIds(inputPath: string, scope: EntityScope): Promise<Set<string>> {
  const positions = new Set<string>();
  const mayMatter = (line: string) => HOLDS_POSITION.test(line) && scope.mayKeep(line);
  for await (const { json } of readWikidataEntities(inputPath, mayMatter)) {
    const parsed = WikidataEntityJson.safeParse(json);
    if (!parsed.success || !scope.keeps(parsed.data)) continue;
    for (const statement of statementsOf(parsed.data, POSITION_HELD)) {
      const position = itemIdOf(statement.value);
      if (position) positions.add(position);
    }
  }
  return positions;
}

async function collectLabels(
  inputPath: string,
  wanted: Set<string>,
  langs: string[],
): Promise<PositionLabels> {
  const labels: PositionLabels = new Map();
  const mayBeWanted = (line: string) => {
    for (const match of line.matchAll(OWN_ID_CANDIDATES)) if (wanted.has(match[1] ?? '')) return true;
    return false;
  };
  for await (const { json } of readWikidataEntities(inputPath, mayBeWanted)) {
    const parsed = WikidataEntityJson.safeParse(json);
    if (!parsed.success || !wanted.has(parsed.data.id)) continue;
    labels.set(parsed.data.id, termsIn(parsed.data.labels, langs, MAX_NAME_LENGTH));
  }
  return labels;
}

/** Terms in the wanted languages, each language falling back to the language-neutral `mul` term. */
function termsIn(terms: Record<string, string>, langs: string[], maxLength: number): Record<string, string> {
  const result: Record<string, string> = {};
  for (const lang of langs) {
    const term = (terms[lang] ?? terms[ANY_LANGUAGE])?.trim();
    if (term && term.length <= maxLength) result[lang] = term;
  }
  return result;
}

function displayNameOf(entity: WikidataEntity): string | undefined {
  const english = entity.labels.en ?? entity.labels[ANY_LANGUAGE];
  const name = (english ?? Object.values(entity.labels).find((label) => label.trim()))?.trim();
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}

/** The entity record, or the reason it cannot be made. */
function entityRecordOf(
  entity: WikidataEntity,
  context: MappingContext,
  ids: IdAllocator,
): EntityInput | string {
  const name = displayNameOf(entity);
  if (!name) return 'no label in any language';
  const type = entityTypeOf(classesOf(entity));
  const labels = termsIn(entity.labels, context.langs, MAX_NAME_LENGTH);
  const { aliases, shortNames } = aliasesOf(entity, labels, context.langs, type === 'person');
  if (Object.keys(labels).length + Object.keys(aliases).length + Object.keys(shortNames).length === 0)
    return UNNAMED;
  const qid = entity.id.toLowerCase();
  const record: EntityInput = {
    kind: 'entity',
    id: ids.allocate(slugify(name) || qid, qid),
    type,
    name,
    names: Object.fromEntries(Object.entries(labels).map(([lang, label]) => [lang, [label]])),
  };
  if (Object.keys(aliases).length > 0) record.aliases = aliases;
  if (Object.keys(shortNames).length > 0) record.shortNames = shortNames;
  const description = termsIn(entity.descriptions, context.langs, MAX_DESCRIPTION_LENGTH);
  if (Object.keys(description).length > 0) record.description = description;
  const roles = rolesOf(entity, context);
  if (roles.length > 0) record.roles = roles;
  record.reviewed = reviewedDateOf(entity, roles, context);
  const sources = wikipediaLinksOf(entity, context);
  if (sources.length > 0) record.sources = sources;
  record.wikidata = entity.id;
  return record;
}

/**
 * Aliases per language, without repeats of the label. For a person, a one-word alias that is the
 * last word of the label in the same language (`Kahn` for `Oliver Kahn`) is a surname: ambiguous
 * alone, so it goes to `shortNames`, which the matcher accepts only with evidence in the article.
 */
function aliasesOf(
  entity: WikidataEntity,
  labels: Record<string, string>,
  langs: string[],
  isPerson: boolean,
): { aliases: Record<string, string[]>; shortNames: Record<string, string[]> } {
  const aliases: Record<string, string[]> = {};
  const shortNames: Record<string, string[]> = {};
  for (const lang of langs) {
    const label = labels[lang];
    const surname = label?.split(/\s+/).at(-1);
    const seen = new Set(label ? [label] : []);
    for (const raw of [...(entity.aliases[lang] ?? []), ...(entity.aliases[ANY_LANGUAGE] ?? [])]) {
      const alias = raw.trim();
      if (!alias || alias.length > MAX_NAME_LENGTH || seen.has(alias)) continue;
      seen.add(alias);
      const target = isPerson && alias === surname && !/\s/.test(alias) ? shortNames : aliases;
      const list = target[lang] ?? [];
      if (list.length < MAX_NAMES_PER_LANGUAGE) {
        list.push(alias);
        target[lang] = list;
      }
    }
  }
  return { aliases, shortNames };
}

/**
 * Positions held (P39), preferred statements first. A position whose labels are not in the input
 * keeps its QID as the title (in the first requested language) so the role is not lost; the pack
 * author can replace it.
 */
function rolesOf(entity: WikidataEntity, context: MappingContext): Role[] {
  const statements = statementsOf(entity, POSITION_HELD).filter(
    (statement) => statement.rank !== 'deprecated',
  );
  const ordered = [
    ...statements.filter((statement) => statement.rank === 'preferred'),
    ...statements.filter((statement) => statement.rank !== 'preferred'),
  ];
  const roles: Role[] = [];
  for (const statement of ordered) {
    const position = itemIdOf(statement.value);
    if (!position) continue;
    const labels = context.positionLabels.get(position) ?? {};
    const title = Object.keys(labels).length > 0 ? labels : { [context.langs[0] ?? 'en']: position };
    const role: Role = { title };
    const start = statement.qualifiers[START_TIME]?.map(partialDateOf).find((date) => date !== undefined);
    const end = statement.qualifiers[END_TIME]?.map(partialDateOf).find((date) => date !== undefined);
    if (start) role.start = start;
    if (end) role.end = end;
    roles.push(role);
    if (roles.length === MAX_ROLES) break;
  }
  return roles;
}

/** `https://<lang>.wikipedia.org/wiki/<Title_with_underscores>` for each requested language. */
function wikipediaLinksOf(entity: WikidataEntity, context: MappingContext): SourceCitation[] {
  const date = modifiedDateOf(entity) ?? context.asOf;
  return context.langs.flatMap((lang) => {
    const title = entity.sitelinks[`${lang}wiki`]?.trim();
    if (!title) return [];
    const path = encodeURI(title.replace(/ /g, '_')).replace(/\?/g, '%3F').replace(/#/g, '%23');
    return [
      {
        publisher: 'Wikipedia',
        title,
        date,
        url: `https://${lang}.wikipedia.org/wiki/${path}`,
        language: lang,
      },
    ];
  });
}

function modifiedDateOf(entity: WikidataEntity): string | undefined {
  return entity.modified?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
}

/**
 * The date the record's facts are known to hold, which the card shows as "as of": the item's own
 * `modified` time where the input has one (the dumps do), else the input's date (`--as-of`). A
 * record cannot be older than its newest fact, so a role that started later moves it forward:
 * the office-holders file is mostly as of 2022 but holds the US Congress of 2025.
 */
function reviewedDateOf(entity: WikidataEntity, roles: readonly Role[], context: MappingContext): string {
  const modified = modifiedDateOf(entity);
  if (modified) return modified;
  // A start announced for later says nothing about when the data was taken.
  const today = new Date().toISOString().slice(0, 10);
  const starts = roles.flatMap((role) => (role.start && !isLater(role.start, today) ? role.start : []));
  return [context.asOf, ...starts].reduce((latest, date) => (isLater(date, latest) ? date : latest));
}

/** Whether partial date `a` is later than `b`, comparing only the precision both have. */
function isLater(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}
