import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { warnSkipped } from './record-writer';

/** One entity's JSON as read, with where it stands in the input (file, line) for warnings. */
export interface RawEntity {
  json: unknown;
  position: string;
}

const ApiResponse = z.looseObject({ entities: z.record(z.string(), z.unknown()) });
const BareEntity = z.looseObject({ id: z.string(), type: z.string() });

function openInput(inputPath: string): Readable {
  const file = createReadStream(inputPath);
  // Wikidata publishes its dumps gzipped (`latest-all.json.gz`); read them without unpacking first.
  return inputPath.endsWith('.gz') ? file.pipe(createGunzip()) : file;
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
