import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { type CompiledIndex, matchArticle } from '../../../lib/match';
import { z } from '../../../lib/schema/zod';
import type { ToolIO } from '../main';

/** One input line of `pack match --jsonl`. */
const MatchRequest = z.strictObject({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag like "de" or "pt-BR"')),
  ),
});

/** One output line: the request's id and its marks, in the order `matchArticle` gives them. */
export interface MatchResponse {
  id: string | number;
  matches: { kind: 'entity' | 'claim'; id: string; start: number; end: number; surface: string }[];
}

/**
 * The lines of a file or, for `-`, of standard input, read as a stream so a batch of any size is
 * answered line by line (standard input is read whole only where no stream is given, as in tests).
 */
export async function* inputLines(
  input: string,
  io: Pick<ToolIO, 'readStdin' | 'stdin'>,
): AsyncGenerator<{ line: string; where: string }> {
  const stream = input === '-' ? io.stdin?.() : createReadStream(input);
  const lines = stream
    ? createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
    : (await io.readStdin()).split(/\r?\n/);
  const name = input === '-' ? 'stdin' : basename(input);
  let number = 0;
  for await (const line of lines) {
    number++;
    yield { line, where: `${name}:${number}` };
  }
}

/** The text's marks as `pack match` prints them, from the same entry point the background uses. */
export function matchText(
  text: string,
  index: CompiledIndex,
  lang: string | undefined,
): MatchResponse['matches'] {
  return matchArticle([text], index, lang === undefined ? {} : { lang }).map(({ kind, id, start, end }) => ({
    kind,
    id,
    start,
    end,
    surface: text.slice(start, end),
  }));
}

/** The line as a request, or an error naming the line and the field. */
function parseRequest(line: string, where: string): z.output<typeof MatchRequest> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  const parsed = MatchRequest.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new Error(`${where}: ${path}${issue?.message ?? 'not a match request'}`);
}

/**
 * `pack match <pack dir> --jsonl <file or ->`: one `{"id", "text", "lang"?}` per line, one
 * `{"id", "matches"}` per line out, in input order; blank lines are skipped. A text without `lang`
 * goes to `matchArticle` without one, which detects it per block, exactly as for a page that
 * declares none. The index is compiled once, so a batch of thousands of texts costs one pack read.
 */
export async function matchJsonl(
  index: CompiledIndex,
  lines: AsyncIterable<{ line: string; where: string }>,
  out: (line: string) => void,
): Promise<void> {
  for await (const { line, where } of lines) {
    if (line.trim() === '') continue;
    const request = parseRequest(line, where);
    const response: MatchResponse = { id: request.id, matches: matchText(request.text, index, request.lang) };
    out(JSON.stringify(response));
  }
}
