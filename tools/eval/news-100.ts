import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compileIndex, matchArticle } from '../../lib/match';
import { formatPackError } from '../../lib/pack/errors';
import { readPack } from '../../lib/pack/read-pack';
import type { ClaimRecord, EntityRecord } from '../../lib/schema/records';
import { packFileFetcher } from '../pack/pack-file-fetcher';
import { goldEntityMap } from './gold-entities';
import { parseNif } from './nif';

/**
 * `npm run eval:ner [-- <file.ttl> [<pack dir>]]`: runs the matcher in Node with a built pack
 * (default public/packs/starter) over every document of a NIF entity-linking corpus (default
 * ../shared/corpus/ner/News-100.ttl beside the repository, German) and prints the recall of the
 * gold mentions whose resource is an entity of the pack, the marks on gold mentions of other
 * resources (wrong), and the marks that overlap no gold mention, listed for inspection (the gold
 * leaves out some real mentions, such as agency credits).
 */
const corpus = resolve(
  process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/corpus/ner/News-100.ttl'),
);
const packDir = resolve(process.argv[3] ?? resolve(import.meta.dirname, '../../public/packs/starter'));
const lang = process.env.EVAL_LANG ?? 'de';

if (!statSync(corpus, { throwIfNoEntry: false })?.isFile()) {
  console.error(`No corpus at ${corpus}: pass a NIF Turtle file: npm run eval:ner -- <file.ttl>`);
  process.exit(1);
}

const read = await readPack(packFileFetcher(packDir));
if (!read.ok) {
  for (const error of read.errors) console.error(formatPackError(error));
  console.error(`The pack at ${packDir} does not read: run npm run pack:starter first.`);
  process.exit(1);
}
const entities = read.pack.records.filter((record): record is EntityRecord => record.kind === 'entity');
const claims = read.pack.records.filter((record): record is ClaimRecord => record.kind === 'claim');
const index = compileIndex(entities, claims);
const entityOf = goldEntityMap(entities);
const documents = parseNif(await readFile(corpus, 'utf8'), corpus);

let goldOfPack = 0;
let found = 0;
const missed: string[] = [];
const wrong: string[] = [];
const unchecked: string[] = [];
const nested: string[] = [];
let marks = 0;
const context = (text: string, start: number, end: number) =>
  `…${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}…`.replace(
    /\s+/g,
    ' ',
  );
const documentName = (uri: string) => uri.replace(/^.*\/([^/#]+)#.*$/, '$1');

for (const document of documents) {
  const documentMarks = matchArticle([document.text], index, { lang }).filter(
    (match) => match.kind === 'entity',
  );
  marks += documentMarks.length;
  const overlaps = (a: { start: number; end: number }, begin: number, end: number) =>
    a.start < end && begin < a.end;
  for (const mention of document.mentions) {
    const entity = entityOf(mention.resource);
    if (entity === undefined) continue;
    goldOfPack++;
    if (documentMarks.some((mark) => mark.id === entity && overlaps(mark, mention.begin, mention.end)))
      found++;
    else
      missed.push(
        `${documentName(document.uri)} ${entity}: ${context(document.text, mention.begin, mention.end)}`,
      );
  }
  for (const mark of documentMarks) {
    const gold = document.mentions.filter((mention) => overlaps(mark, mention.begin, mention.end));
    const line = `${documentName(document.uri)} ${mark.id} (${mark.evidence}): ${context(document.text, mark.start, mark.end)}`;
    const within = gold.some(
      (mention) =>
        mention.begin <= mark.start &&
        mark.end <= mention.end &&
        mention.end - mention.begin > mark.end - mark.start,
    );
    if (gold.length === 0) unchecked.push(line);
    // "EU" in the gold's "EU-Operation «Atalanta»": a name inside a longer name, not another entity.
    else if (within)
      nested.push(`${line} — inside: ${gold.map((mention) => `"${mention.anchor}"`).join(', ')}`);
    else if (!gold.some((mention) => entityOf(mention.resource) === mark.id)) {
      wrong.push(
        `${line} — gold: ${gold.map((mention) => `"${mention.anchor}" ${mention.resource.replace(/^.*\//, '')}`).join(', ')}`,
      );
    }
  }
}

const section = (title: string, lines: string[]) => {
  console.log(`${title}: ${lines.length}`);
  for (const line of lines) console.log(`  ${line}`);
};
console.log(
  `${documents.length} documents, ${marks} entity marks, ${goldOfPack} gold mentions of pack entities`,
);
section('missed gold mentions of pack entities', missed);
section('wrong marks (on gold mentions of other resources)', wrong);
section('marks inside a longer gold mention (inspect)', nested);
section('marks on no gold mention (inspect)', unchecked);
const recall = goldOfPack === 0 ? 0 : found / goldOfPack;
console.log(
  JSON.stringify({
    'ner.recall': recall,
    'ner.found': found,
    'ner.gold_of_pack': goldOfPack,
    'ner.wrong_marks': wrong.length,
    'ner.marks_inside_longer_gold': nested.length,
    'ner.marks_outside_gold': unchecked.length,
  }),
);
