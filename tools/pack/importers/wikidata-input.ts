import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from '../../../lib/schema/zod';
import { warnSkipped } from './record-writer';

/** One entity's JSON as read, with where it stands in the input (file, line) for warnings. */
export interface RawEntity {
  json: unknown;
  position: string;
}

const ApiResponse = z.looseObject({ entities: z.record(z.string(), z.unknown()) });
const BareEntity = z.looseObject({ id: z.string(), type: z.string() });

function openInput(inputPath: string): Readable {
  // Wikidata publishes its dumps gzipped and bzip2ed (`latest-all.json.gz`, `.bz2`); both are read
  // without unpacking them first.
  if (inputPath.endsWith('.bz2')) return bunzip2(inputPath);
  const file = createReadStream(inputPath);
  return inputPath.endsWith('.gz') ? file.pipe(createGunzip()) : file;
}

/**
 * A .bz2 file through the system's `bzip2 -dc` (it reads the concatenated streams the dumps are
 * made of). The pure-JavaScript decoder unbzip2-stream 1.4.3 works with Node 20 streams too but
 * took 62 s where bzip2 took 10 s of CPU for the 166 MB office-holders dump; a full dump is read
 * three times. A missing program or a damaged file ends the import with an error naming the file.
 */
function bunzip2(inputPath: string): Readable {
  const name = basename(inputPath);
  const output = new PassThrough();
  const child = spawn('bzip2', ['-dc', '--', inputPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let complaint = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    complaint = (complaint + text).slice(-500);
  });
  child.stdout.pipe(output, { end: false });
  child.on('error', (error) =>
    output.destroy(new Error(`${name}: cannot run bzip2 to read it (${error.message}); unpack it first`)),
  );
  child.on('close', (code) => {
    if (code === 0) output.end();
    else output.destroy(new Error(`${name}: bzip2 failed: ${complaint.trim() || `exit code ${code}`}`));
  });
  return output;
}

/** A dump line is one entity followed by a comma; the first line is `[` and the last `]`. */
function dumpLineJson(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed === '[' || trimmed === ']') return undefined;
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
}

function isLineFormat(firstLine: string): boolean {
  const json = dumpLineJson(firstLine);
  if (json === undefined) return firstLine.trim() === '[';
  try {
    // One whole entity on the first line means one entity per line (NDJSON exports).
    return BareEntity.safeParse(JSON.parse(json)).success;
  } catch {
    return false;
  }
}

/**
 * The entities of a Wikidata JSON file, one at a time. The dump's line format (and NDJSON) is read
 * line by line, so a multi-gigabyte dump never sits in memory; an API response
 * (`{"entities": {…}}`), a bare entity or a JSON array spread over lines is small and read whole.
 * `lineFilter` lets a pass that needs few entities skip parsing the other lines of a dump.
 */
export async function* readWikidataEntities(
  inputPath: string,
  lineFilter: (line: string) => boolean = () => true,
): AsyncGenerator<RawEntity> {
  const name = basename(inputPath);
  const lines = createInterface({ input: openInput(inputPath), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let lineFormat: boolean | undefined;
  const wholeText: string[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (lineFormat === undefined) {
      if (line.trim() === '') continue;
      lineFormat = isLineFormat(line);
    }
    if (!lineFormat) {
      wholeText.push(line);
      continue;
    }
    const json = dumpLineJson(line);
    if (json === undefined || !lineFilter(json)) continue;
    try {
      yield { json: JSON.parse(json), position: `${name}:${lineNumber}` };
    } catch (error) {
      warnSkipped(`${name}:${lineNumber}`, `not JSON (${(error as Error).message})`);
    }
  }
  if (lineFormat) return;
  yield* entitiesOfDocument(parseWhole(wholeText.join('\n'), name), name);
}

function parseWhole(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not JSON (${(error as Error).message})`);
  }
}

function* entitiesOfDocument(document: unknown, name: string): Generator<RawEntity> {
  const api = ApiResponse.safeParse(document);
  if (api.success) {
    for (const json of Object.values(api.data.entities)) yield { json, position: name };
    return;
  }
  if (Array.isArray(document)) {
    for (const [index, json] of document.entries()) yield { json, position: `${name}: [${index}]` };
    return;
  }
  if (BareEntity.safeParse(document).success) {
    yield { json: document, position: name };
    return;
  }
  throw new Error(
    `${name}: not Wikidata entity JSON (expected {"entities": …}, an entity, or the dump format)`,
  );
}
