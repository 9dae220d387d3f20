import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { compileIndex } from '../../lib/match';
import { formatPackError, type PackError } from '../../lib/pack/errors';
import { readPack, streamPack } from '../../lib/pack/read-pack';
import { PublicKeyFile } from '../../lib/pack/signature';
import type { ClaimRecord, EntityRecord } from '../../lib/schema/records';
import { buildPack } from './build-pack';
import { inputLines, matchJsonl, matchText } from './commands/match-jsonl';
import { readKeyFile, writeKeyPair } from './key-files';
import { packFileFetcher } from './pack-file-fetcher';

/** Where the tool writes; injected so tests can run it in-process. */
export interface ToolIO {
  out: (line: string) => void;
  err: (line: string) => void;
  readStdin: () => Promise<string>;
  /** Standard input as a stream, for verbs that read it line by line (`match --jsonl -`). */
  stdin?: () => Readable;
}

const USAGE: Record<string, string> = {
  build: 'build <source dir> --out <dir> [--key <file>]',
  keygen: 'keygen --out <prefix>',
  verify: 'verify <dir or http(s) URL> [--pubkey <file>]',
  inspect: 'inspect <dir or http(s) URL>',
  match: 'match <pack dir> <text file or -> | match <pack dir> --jsonl <file or ->',
  audit: 'audit <source dir, pack dir or http(s) URL>',
  'import-wikidata':
    'import-wikidata <file> --langs en,de --out <dir> [--types Q5,Q43229,…] [--as-of YYYY-MM-DD]',
  'import-claimreview': 'import-claimreview <file> --out <dir> [--id ID --name NAME]',
};

const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {}

function parse(
  verb: string,
  args: string[],
  options: Record<string, { type: 'string' }>,
  positionals: number,
): { positionals: string[]; values: Record<string, string | undefined> } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch {
    throw new UsageError(verb);
  }
  const values = parsed.values as Record<string, string | undefined>;
  if (parsed.positionals.length !== positionals || Object.values(values).includes('')) {
    throw new UsageError(verb);
  }
  return { positionals: parsed.positionals, values };
}

function required(verb: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(verb);
  return value;
}

function printErrors(io: ToolIO, errors: readonly PackError[]): number {
  for (const error of errors) io.err(formatPackError(error));
  return EXIT.invalid;
}

async function pinnedKey(file: string | undefined): Promise<{ key?: string; errors: PackError[] }> {
  if (file === undefined) return { errors: [] };
  const read = await readKeyFile(file, PublicKeyFile);
  return read.ok ? { key: read.value.publicKey, errors: [] } : { errors: read.errors };
}

type Verb = (args: string[], io: ToolIO) => Promise<number>;

const build: Verb = async (args, io) => {
  const { positionals, values } = parse(
    'build',
    args,
    { out: { type: 'string' }, key: { type: 'string' } },
    1,
  );
  const result = await buildPack(positionals[0]!, required('build', values.out), values.key);
  if (!result.ok) return printErrors(io, result.errors);
  const { id, version, shards, signature } = result.manifest;
  const records = shards.reduce((sum, shard) => sum + shard.records, 0);
  const signed = signature ? `, signed by ${signature.keyId}` : '';
  io.out(`built ${id} v${version}: ${records} records in ${shards.length} shards${signed}`);
  return EXIT.ok;
};

const keygen: Verb = async (args, io) => {
  const { values } = parse('keygen', args, { out: { type: 'string' } }, 0);
  const files = await writeKeyPair(required('keygen', values.out));
  io.out(`wrote ${files.privateFile} (keep it secret) and ${files.publicFile}`);
  return EXIT.ok;
};

/** Streams shard by shard, so packs larger than memory can be checked. */
const verify: Verb = async (args, io) => {
  const { positionals, values } = parse('verify', args, { pubkey: { type: 'string' } }, 1);
  const pinned = await pinnedKey(values.pubkey);
  if (pinned.errors.length > 0) return printErrors(io, pinned.errors);
  const options = pinned.key === undefined ? {} : { publicKey: pinned.key };
  const read = await streamPack(packFileFetcher(positionals[0]!), options, async () => undefined);
  if (!read.ok) return printErrors(io, read.errors);
  const { id, version, shards, signature } = read.manifest;
  const signed = pinned.key ? `, signature valid (${signature?.keyId})` : '';
  io.out(`ok: ${id} v${version}, ${read.records} records in ${shards.length} shards${signed}`);
  return EXIT.ok;
};

/** Prints each shard's records once the shard is verified; a later bad shard still fails the run. */
const inspect: Verb = async (args, io) => {
  const { positionals } = parse('inspect', args, {}, 1);
  const read = await streamPack(packFileFetcher(positionals[0]!), {}, async (records) => {
    for (const record of records) {
      const summary =
        record.kind === 'entity'
          ? { kind: record.kind, id: record.id, type: record.type, name: record.name }
          : { kind: record.kind, id: record.id, title: record.title };
      io.out(JSON.stringify(summary));
    }
  });
  return read.ok ? EXIT.ok : printErrors(io, read.errors);
};

const match: Verb = async (args, io) => {
  const jsonl = args.some((arg) => arg === '--jsonl' || arg.startsWith('--jsonl='));
  const { positionals, values } = parse('match', args, { jsonl: { type: 'string' } }, jsonl ? 1 : 2);
  const read = await readPack(packFileFetcher(positionals[0]!));
  if (!read.ok) return printErrors(io, read.errors);
  const entities = read.pack.records.filter((record): record is EntityRecord => record.kind === 'entity');
  const claims = read.pack.records.filter((record): record is ClaimRecord => record.kind === 'claim');
  const index = compileIndex(entities, claims);
  if (values.jsonl !== undefined) {
    await matchJsonl(index, inputLines(values.jsonl, io), io.out);
    return EXIT.ok;
  }
  const text = positionals[1] === '-' ? await io.readStdin() : await readFile(positionals[1]!, 'utf8');
  for (const found of matchText(text, index, undefined)) io.out(JSON.stringify(found));
  return EXIT.ok;
};

/** Facts that may no longer hold and sources that prove nothing (docs/pack-format.md, "Auditing"). */
const audit: Verb = async (args, io) => {
  const { positionals } = parse('audit', args, {}, 1);
  const named = positionals[0]!;
  const { auditPack, isSourceFolder, readBuiltForAudit, readSourceForAudit, formatFinding } = await import(
    './audit'
  );
  const read = (await isSourceFolder(named))
    ? await readSourceForAudit(named)
    : await readBuiltForAudit(packFileFetcher(named));
  if (!read.ok) return printErrors(io, read.errors);
  const findings = await auditPack(read.context);
  for (const found of findings) io.out(formatFinding(found));
  const errors = findings.filter((found) => found.severity === 'error').length;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.out(`audit: ${count(errors, 'error')}, ${count(findings.length - errors, 'warning')}`);
  return errors > 0 ? EXIT.invalid : EXIT.ok;
};

// The importers are loaded on demand: only these verbs need them.
const importWikidataVerb: Verb = async (args, io) => {
  const options = {
    langs: { type: 'string' },
    out: { type: 'string' },
    types: { type: 'string' },
    'as-of': { type: 'string' },
  } as const;
  const { positionals, values } = parse('import-wikidata', args, options, 1);
  const list = (value: string) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const langs = list(required('import-wikidata', values.langs));
  if (langs.length === 0) throw new UsageError('import-wikidata');
  const outDir = required('import-wikidata', values.out);
  const { importWikidata } = await import('./importers/wikidata');
  const result = await importWikidata(positionals[0]!, {
    langs,
    outDir,
    ...(values.types === undefined ? {} : { types: list(values.types) }),
    ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
  });
  io.out(`wrote ${result.records} records to ${outDir}`);
  return EXIT.ok;
};

const importClaimReviewVerb: Verb = async (args, io) => {
  const options = { out: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' } } as const;
  const { positionals, values } = parse('import-claimreview', args, options, 1);
  const outDir = required('import-claimreview', values.out);
  const { importClaimReview } = await import('./importers/claimreview');
  const { checkPackId } = await import('./importers/claimreview-pack-meta');
  checkPackId(values.id);
  const result = await importClaimReview(positionals[0]!, { outDir, id: values.id, name: values.name });
  io.out(`wrote ${result.records} records to ${outDir}`);
  return EXIT.ok;
};

const VERBS: Record<string, Verb> = {
  build,
  keygen,
  verify,
  inspect,
  match,
  audit,
  'import-wikidata': importWikidataVerb,
  'import-claimreview': importClaimReviewVerb,
};

/**
 * The pack tool (contract 4 of DESIGN.md). Returns the exit code: 0 done, 1 the input is invalid
 * or an operation failed (one `error: …` line each), 2 wrong usage. Never throws, never prints a
 * stack trace.
 */
export async function runPackTool(args: readonly string[], io: ToolIO): Promise<number> {
  const [verb = '', ...rest] = args;
  try {
    const run = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
    if (!run) throw new UsageError();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`usage: pack ${USAGE[error.message] ?? Object.keys(USAGE).join(' | ')}`);
      return EXIT.usage;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.invalid;
  }
}
