import { ClaimIndexBuilder } from '../claims/claim-index';
import type { ClaimRecord, EntityRecord } from '../schema/records';
import { SlugNumbers } from '../slug-numbers';
import { runToEnd, type Steps } from '../time-slices';
import { buildTable, FormColumns } from './build-table';
import { foldText } from './char-fold';
import {
  ANY_ENTITY,
  type CompiledIndex,
  type FormFlags,
  FormKind,
  flagPart,
  MAX_ALIAS_TOKENS,
  MAX_ENTITIES,
  partOf,
  postingOf,
  roleKey,
  setBit,
  withNeedsSupport,
  withoutProminence,
} from './compiled-index';
import { articleFreeForm } from './derived-forms';
import { entityIdTable } from './entity-ids';
import { GENERIC_TITLES } from './generic-titles';
import { HashSet32 } from './hash-set';
import { casePolicyOf, letterCount } from './letter-case';
import {
  commonNameColumnsSteps,
  derivedSurnames,
  MIN_PEOPLE_FOR_FREQUENCIES,
  NameFrequencies,
} from './name-frequency';
import { PackedStrings } from './packed-strings';
import { isProminent } from './prominence';
import { officeOf, roleTitleWords } from './role-words';
import { extendKey1, extendKey2, KEY_1_SEED, KEY_2_SEED } from './token-hash';
import { createTokenStream, Gap, scanTokens, secondHashes } from './token-scanner';
import { createSpellingCache, latinSpellings } from './transliterate';

/** Bitset bits per distinct token: about 6 % of unknown tokens pass to the table. */
const BITS_PER_TOKEN = 16;
/** Derived surnames added between two yields (each is a scan and a few table writes). */
const PENDING_SURNAMES_PER_STEP = 256;

// Names and short names first: an alias that contains one of them is marked on that part only.
const FORM_FIELDS = [
  ['names', FormKind.name],
  ['shortNames', FormKind.short],
  ['aliases', FormKind.alias],
  ['titles', FormKind.title],
] as const;

/** The kinds of form marked on their own (titles are added by `addTitle`). */
type MarkKind = Exclude<FormKind, typeof FormKind.title>;

const NO_FLAGS = {} as const;
const PROMINENT = { prominent: true } as const;

/** Forms flagged between two yields of `finishSteps`: about a millisecond of work. */
const COLUMNS_PER_STEP = 32_768;

/** Fewest letters of a surname marked alone or spelled by the compiler: shorter ones are words too. */
const MIN_ALONE_LETTERS = 4;

/** The fields whose Cyrillic forms get Latin spellings (lib/match/transliterate.ts). */
const PERSON_NAME_FIELDS = [
  ['names', FormKind.name],
  ['shortNames', FormKind.short],
] as const;

function titleHead(title: string): string | undefined {
  const words = title.trim().split(/\s+/u);
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** The longest proper run of `tokens` equal to one of `names`, as a posting part (0 for none). */
function namePart(tokens: Int32Array, count: number, names: number[][]): number {
  let best = 0;
  let bestCount = 0;
  for (const name of names) {
    if (name.length >= count || name.length <= bestCount) continue;
    for (let first = 0; first + name.length <= count; first++) {
      if (name.every((hash, at) => tokens[first + at] === hash)) {
        best = partOf(first, name.length);
        bestCount = name.length;
        break;
      }
    }
  }
  return best;
}

function* bitsetForSteps(hashes: HashSet32): Steps<Uint32Array> {
  let bits = 1024;
  while (bits < hashes.size * BITS_PER_TOKEN) bits *= 2;
  const bitset = new Uint32Array(bits / 32);
  yield* hashes.forEachSteps((hash) => {
    setBit(bitset, hash);
  });
  return bitset;
}

/** Compiles entities' names, aliases, short names and titles, and claims' statements and triggers, into an index. */
export function compileIndex(entities: Iterable<EntityRecord>, claims: Iterable<ClaimRecord>): CompiledIndex {
  const compiler = new IndexCompiler();
  for (const entity of entities) compiler.addEntity(entity);
  for (const claim of claims) compiler.addClaim(claim);
  return runToEnd(compiler.finishSteps());
}

/**
 * `compileIndex` in pieces, for the background: entities are added as they are read from the
 * store, a page at a time, and only their keys are kept (a million aliases as records would not
 * fit a worker's heap); `finishSteps` builds the table in steps that yield about every
 * millisecond, to run with `runInSlices` (lib/time-slices.ts).
 */
export class IndexCompiler {
  private readonly stream = createTokenStream();
  private forms = new FormColumns();
  private startHashes = new HashSet32();
  private tokenHashes = new HashSet32();
  private endHashes = new HashSet32();
  private ids = new SlugNumbers();
  private claims = new ClaimIndexBuilder();
  private maxTokens = 1;
  private maxTitleTokens = 1;
  /** Token hashes of the names and short names of the entity being added. */
  private names: number[][] = [];
  /** Last words of names and short names seen in one entity, and those seen in several. */
  private surnames = new HashSet32();
  private sharedSurnames = new HashSet32();
  /** Latin spellings of Cyrillic forms already seen (first names and surnames repeat). */
  private spellings = createSpellingCache();
  /** Forms (column, last-word hash) flagged prominent: cleared at the end when the word is shared. */
  private readonly prominentForms: number[] = [];
  /** Whether each entity is a person: a shared full name needs support only for people. */
  private readonly people: boolean[] = [];
  /** First words and surnames of people's full names, and the columns of those names. */
  private frequencies = new NameFrequencies();
  /** Evidence words of each entity's roles and given names of people (see `CompiledIndex.roleKeys`). */
  private roleKeys = new HashSet32();
  /**
   * Surnames of people without short names, added only to a store of Wikidata's size: a hand-made
   * pack leaves a short name out on purpose (Micheál Martin: "Martin Kaymer" is a golfer).
   */
  private pendingSurnames = new PackedStrings();
  /**
   * The entity of each pending surname, doubled, plus 1 when it is prominent. Not a tuple per
   * surname: 118,742 generated people's tuples were 9.3 MB of the compiler's 33 MB of live
   * objects, which the install's major GCs mark again and again (issue 11).
   */
  private readonly pendingOwners: number[] = [];
  /** Columns of people's one-word full names. */
  private readonly oneWordNames: number[] = [];
  /** Columns of the entity being added that hold one of its full names, with their first and last token hashes. */
  private personNames: number[] = [];
  /** Keys of each title seen and of its head noun: (key1, key2, token count) twice, count 0 for none. */
  private readonly titleKeys = new Map<string, Int32Array>();
  /** The keys of the form `scanKeys` scanned last. */
  private key1 = 0;
  private key2 = 0;
  /** Set by `finishSteps`, which lets go of the columns. */
  private finished = false;

  constructor() {
    for (const title of GENERIC_TITLES) this.addTitle(title, ANY_ENTITY, false);
  }

  /** Adds one entity's forms; a later entity with an id already added is skipped. */
  addEntity(entity: EntityRecord): void {
    if (this.finished) throw new Error('the index is compiled: no entity can be added');
    if (this.ids.get(entity.id) !== undefined) return;
    if (this.ids.count >= MAX_ENTITIES) throw new Error(`more than ${MAX_ENTITIES} entities`);
    const index = this.ids.append(entity.id);
    this.names = [];
    this.personNames = [];
    const person = entity.type === 'person';
    this.people.push(person);
    const prominent = isProminent(entity);
    for (const [field, kind] of FORM_FIELDS) {
      for (const list of Object.values(entity[field] ?? {}))
        for (const form of list) {
          if (kind === FormKind.title) this.addTitle(form, index);
          else this.addForm(form, index, kind, prominent && kind === FormKind.short ? PROMINENT : NO_FLAGS);
        }
    }
    // Wikidata people come without short names: their surnames are short names, marked only with
    // evidence like any other (issue 17: "Obama" after "Barack Obama", "US-Präsident Obama").
    if (person)
      for (const surname of derivedSurnames(entity)) {
        this.pendingSurnames.push(surname);
        this.pendingOwners.push(index * 2 + (prominent ? 1 : 0));
      }
    // After all fields: a derived form must not be read as a name inside an alias ("Welt am Sonntag").
    for (const [field, kind] of FORM_FIELDS) {
      if (kind === FormKind.title) continue;
      for (const list of Object.values(entity[field] ?? {}))
        for (const form of list) {
          const derived = articleFreeForm(form);
          if (derived === undefined) continue;
          if (derived.needsEvidenceBeside) {
            this.addForm(derived.form, index, FormKind.short, { needsEvidenceBeside: true });
          } else this.addForm(derived.form, index, kind, NO_FLAGS);
        }
    }
    // People only: organisations and outlets keep their own Latin names ("Більд" is "Bild").
    for (const [field, kind] of entity.type === 'person' ? PERSON_NAME_FIELDS : []) {
      // Марія and Мария Шевченко are both "Marija Schewtschenko" in German: one in five spellings
      // of a million generated aliases repeated one already added (issue 16). A list, not a Set:
      // a Set per person made two to four of an install's major GCs take 50–67 ms (issue 11).
      const spelled: string[] = [];
      for (const [language, list] of Object.entries(entity[field] ?? {}))
        for (const form of list)
          for (const latin of latinSpellings(form, language, this.spellings)) {
            if (spelled.includes(latin)) continue;
            spelled.push(latin);
            if (kind === FormKind.short && letterCount(latin) < MIN_ALONE_LETTERS) continue;
            this.addForm(latin, index, kind, {
              generated: true,
              prominent: prominent && kind === FormKind.short,
            });
          }
    }
    const lastWords = new Set(this.names.map((name) => name[name.length - 1]!));
    for (const word of lastWords) {
      if (!this.surnames.add(word)) this.sharedSurnames.add(word);
    }
    if (person) this.frequencies.addPerson(this.personNames);
    this.addRoleKeys(entity, index);
  }

  /**
   * Reads `claim`'s statements into the claim index as it comes: its entities are numbered when
   * the index is finished, so they may come after it.
   */
  addClaim(claim: ClaimRecord): void {
    if (this.finished) throw new Error('the index is compiled: no claim can be added');
    this.claims.add(claim);
  }

  /** The office words of the entity's roles and titles, and the first words of a person's names. */
  private addRoleKeys(entity: EntityRecord, index: number): void {
    const words = new Set<string>();
    for (const role of entity.roles)
      for (const title of Object.values(role.title))
        for (const word of roleTitleWords(title)) words.add(word);
    for (const list of Object.values(entity.titles ?? {}))
      for (const title of list) for (const word of roleTitleWords(title)) words.add(word);
    for (const word of words) this.roleKeys.add(roleKey(word, index));
    if (entity.type !== 'person') return;
    for (const list of Object.values(entity.names ?? {}))
      for (const name of list) {
        const space = name.indexOf(' ');
        if (space <= 0) continue;
        const first = foldText(name.slice(0, space)).split(' ')[0]!;
        if (officeOf(first) === undefined) this.roleKeys.add(roleKey(first, ANY_ENTITY));
      }
  }

  /**
   * A title and, for a title of several words, its head noun: "кремлівський диктатор путін" for
   * the title "російський диктатор" (the last word in de, en, uk, ru is a title on its own).
   * Titles are shared by many entities, so each title's keys are scanned once per compile; the
   * built-in generic titles are added without heads.
   */
  private addTitle(title: string, entity: number, withHead = true): void {
    let keys = withHead ? this.titleKeys.get(title) : undefined;
    if (keys === undefined) {
      const head = withHead ? titleHead(title) : undefined;
      keys = new Int32Array(6);
      if (this.scanKeys(title)) keys.set([this.key1, this.key2, this.stream.count], 0);
      if (head !== undefined && this.scanKeys(head)) keys.set([this.key1, this.key2, this.stream.count], 3);
      if (withHead) this.titleKeys.set(title, keys);
    }
    const posting = postingOf(entity, FormKind.title);
    for (let at = 0; at < 6; at += 3) {
      const count = keys[at + 2]!;
      if (count === 0) continue;
      this.maxTitleTokens = Math.max(this.maxTitleTokens, count);
      this.forms.push(keys[at]!, keys[at + 1]!, posting);
    }
  }

  /**
   * Scans `form` into the stream and its keys into `key1` and `key2`; false for a form that
   * could not match.
   */
  private scanKeys(form: string): boolean {
    const tokens = scanTokens(form, this.stream, false);
    if (tokens.count === 0 || tokens.count > MAX_ALIAS_TOKENS) return false;
    // A name never runs across a comma or an ampersand in text, so such a form could not match.
    for (let at = 1; at < tokens.count; at++) if (tokens.gapBefore[at] === Gap.other) return false;
    let key1 = KEY_1_SEED;
    let key2 = KEY_2_SEED;
    for (let at = 0; at < tokens.count; at++) {
      key1 = extendKey1(key1, tokens.hash1[at]!);
      secondHashes(form, tokens, at);
      key2 = extendKey2(key2, tokens.hash2[at]!);
    }
    this.key1 = key1;
    this.key2 = key2;
    return true;
  }

  private addForm(form: string, entity: number, kind: MarkKind, flags: Omit<FormFlags, 'policy'>): void {
    if (!this.scanKeys(form)) return;
    const tokens = this.stream;
    for (let at = 0; at < tokens.count; at++) this.tokenHashes.add(tokens.hash1[at]!);
    this.startHashes.add(tokens.hash1[0]!);
    this.endHashes.add(tokens.hash1[tokens.count - 1]!);
    this.maxTokens = Math.max(this.maxTokens, tokens.count);
    if (kind === FormKind.name || kind === FormKind.short) {
      // A loop, not Array.from of a subarray: a view and an iterator per name were 6 % of compiling
      // a million aliases.
      const name = new Array<number>(tokens.count);
      for (let at = 0; at < tokens.count; at++) name[at] = tokens.hash1[at]!;
      this.names.push(name);
    }
    const part = kind === FormKind.alias ? namePart(tokens.hash1, tokens.count, this.names) : 0;
    // Only a one-word short name can be a surname that stands alone, and not a word of two or
    // three letters: "Xi" is also the Roman "XI", and its Ukrainian "Сі" spelled in Latin the
    // French "Si" (a readability news page).
    const prominent =
      flags.prominent === true && tokens.count === 1 && letterCount(form) >= MIN_ALONE_LETTERS;
    if (prominent) this.prominentForms.push(this.forms.count, tokens.hash1[0]!);
    const flagBits = flagPart({
      policy: casePolicyOf(form),
      needsEvidenceBeside: flags.needsEvidenceBeside,
      prominent,
      generated: flags.generated,
    });
    const posting = postingOf(entity, kind, part || flagBits);
    if (kind === FormKind.name && this.people[entity] === true && !flags.generated) {
      // "Alexis", a Brazilian deputy known by one name, is also a first name ("Sam Alexis"); a
      // hand-made pack's one-word name ("Selenskyj") is chosen, so only a large store doubts it.
      if (tokens.count === 1) this.oneWordNames.push(this.forms.count);
      else this.personNames.push(this.forms.count, tokens.hash1[0]!, tokens.hash1[tokens.count - 1]!);
    }
    this.forms.push(this.key1, this.key2, posting);
  }

  /**
   * Flags the forms in `columns` as needing support. In steps: the common full names of a
   * million generated aliases, flagged in one go, held Chromium's worker for 120 ms (issue 11).
   */
  private *needSupportSteps(columns: ArrayLike<number>): Steps<void> {
    const { forms } = this;
    for (let at = 0; at < columns.length; at++) {
      if (at % COLUMNS_PER_STEP === 0) yield;
      const column = columns[at]!;
      forms.setPosting(column, withNeedsSupport(forms.postingAt(column)));
    }
  }

  /** The index of every entity and claim added, built in steps. */
  *finishSteps(): Steps<CompiledIndex> {
    const large = this.people.filter(Boolean).length >= MIN_PEOPLE_FOR_FREQUENCIES;
    if (large)
      for (let at = 0; at < this.pendingSurnames.length; at++) {
        // 115,000 office-holders give as many surnames: added in one go they held the worker.
        if (at % PENDING_SURNAMES_PER_STEP === 0) yield;
        const owner = this.pendingOwners[at]!;
        this.addForm(this.pendingSurnames.at(at), owner >> 1, FormKind.short, {
          prominent: (owner & 1) === 1,
        });
      }
    // "Biden" alone is no one in particular once the store knows two Bidens.
    for (let at = 0; at < this.prominentForms.length; at += 2) {
      const column = this.prominentForms[at]!;
      if (this.sharedSurnames.has(this.prominentForms[at + 1]!)) {
        this.forms.setPosting(column, withoutProminence(this.forms.postingAt(column)));
      }
    }
    if (large) {
      yield* this.needSupportSteps(this.oneWordNames);
      yield* this.needSupportSteps(yield* commonNameColumnsSteps(this.frequencies));
    }
    const startBits = yield* bitsetForSteps(this.startHashes);
    const tokenBits = yield* bitsetForSteps(this.tokenHashes);
    const endBits = yield* bitsetForSteps(this.endHashes);
    const entityIds = entityIdTable(this.ids);
    const roleKeys = yield* sortedKeysSteps(this.roleKeys);
    const people = this.people;
    const table = yield* buildTable(this.forms, (entity) => people[entity] === true);
    this.letGo();
    const claimIndex = yield* this.claims.finishSteps(this.ids);
    this.ids = new SlugNumbers();
    this.claims = new ClaimIndexBuilder();
    return {
      ...table,
      startBits,
      tokenBits,
      endBits,
      maxTokens: this.maxTokens,
      maxTitleTokens: this.maxTitleTokens,
      entityIds,
      claims: claimIndex,
      roleKeys,
    };
  }

  /**
   * Drops what only the table and the bitsets needed (about 60 MB of arrays with a million
   * aliases), so that the collections of the compile's last steps free it. Kept to the end of the
   * install, it was freed with the rest by Chromium's memory-reducing collection, in one task of
   * 85–150 ms of the worker (issue 11). The compiler takes no entity after this, and lets go of
   * the entities' numbers once the claims have theirs.
   */
  private letGo(): void {
    this.forms = new FormColumns();
    this.startHashes = new HashSet32();
    this.tokenHashes = new HashSet32();
    this.endHashes = new HashSet32();
    this.surnames = new HashSet32();
    this.sharedSurnames = new HashSet32();
    this.spellings = createSpellingCache();
    this.frequencies = new NameFrequencies();
    this.roleKeys = new HashSet32();
    this.people.length = 0;
    this.pendingSurnames = new PackedStrings();
    this.pendingOwners.length = 0;
    this.prominentForms.length = 0;
    this.oneWordNames.length = 0;
    this.titleKeys.clear();
    this.finished = true;
  }
}

function* sortedKeysSteps(keys: HashSet32): Steps<Uint32Array> {
  const sorted = new Uint32Array(keys.size);
  let at = 0;
  yield* keys.forEachSteps((key) => {
    sorted[at++] = key >>> 0;
  });
  yield;
  return sorted.sort();
}
