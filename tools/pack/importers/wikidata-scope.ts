import { itemIdOf, statementsOf, type WikidataEntity } from './wikidata-json';
import { DEFAULT_KEPT_CLASSES } from './wikidata-types';

const INSTANCE_OF = 'P31';
const CLASS_ID = /^Q[1-9]\d*$/;

/** The direct classes (P31, deprecated statements left out) an item is an instance of. */
export function classesOf(entity: WikidataEntity): string[] {
  return statementsOf(entity, INSTANCE_OF)
    .filter((statement) => statement.rank !== 'deprecated')
    .flatMap((statement) => itemIdOf(statement.value) ?? []);
}

/**
 * Which items become entities: those that are a direct instance (P31) of one of the chosen
 * classes. Every other item (a position, a country) may only lend its labels. Motivated by the
 * office-holders dump, where the 11,113 position items ("Security", "Deputy", "President") were
 * imported as entities and then marked in news text as if they were people.
 */
export class EntityScope {
  readonly classes: ReadonlySet<string>;
  private readonly mention: RegExp;

  constructor(classes: readonly string[] = DEFAULT_KEPT_CLASSES) {
    const bad = classes.find((qid) => !CLASS_ID.test(qid));
    if (bad !== undefined) throw new Error(`--types: "${bad}" is not a Wikidata QID like "Q5"`);
    if (classes.length === 0) throw new Error('--types: name at least one class, e.g. Q5');
    this.classes = new Set(classes);
    const numbers = [...this.classes].map((qid) => qid.slice(1)).join('|');
    // An item value is written `"id":"Q5"` and, in every shape since 2013, `"numeric-id":5`.
    this.mention = new RegExp(`"Q(?:${numbers})"|"numeric-id"\\s*:\\s*(?:${numbers})(?!\\d)`);
  }

  /**
   * Whether a raw dump line may hold a kept item: it names one of the classes somewhere. Never
   * false for a kept item, so a pass can skip parsing the (millions of) other lines.
   */
  mayKeep(line: string): boolean {
    return this.mention.test(line);
  }

  keeps(entity: WikidataEntity): boolean {
    return classesOf(entity).some((qid) => this.classes.has(qid));
  }
}
