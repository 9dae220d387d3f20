import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { Slug } from '../../../lib/schema/primitives';
import { PACK_META_FILE, PackSourceMeta } from '../../pack/read-source';
import { slugify } from './slug';

/** What `--id` and `--name` say; each defaults to one made from the input's file name. */
export interface PackIdentity {
  id?: string;
  name?: string;
}

/** Throws a clear error for an `--id` the pack format would refuse, before anything is read. */
export function checkPackId(id: string | undefined): void {
  const problem = id === undefined ? undefined : Slug.safeParse(id).error?.issues[0];
  if (problem) throw new Error(`--id "${id}": ${problem.message}`);
}

/** The folder's `pack.yaml` from an earlier run, if there is a valid one. */
async function earlierMeta(file: string) {
  try {
    return PackSourceMeta.safeParse(parse(await readFile(file, 'utf8'))).data;
  } catch {
    return undefined;
  }
}

/**
 * Writes `pack.yaml` beside the imported records: the languages are those of the claims written,
 * the pack is version 1 published today. A folder that already has one (several inputs imported
 * into one pack) keeps its id, name and version unless given anew, and adds the new languages.
 */
export async function writePackMeta(
  outDir: string,
  inputName: string,
  identity: PackIdentity,
  languages: ReadonlySet<string>,
): Promise<void> {
  const file = join(outDir, PACK_META_FILE);
  const earlier = await earlierMeta(file);
  const stem = inputName.replace(/\.[^.]+$/, '');
  const meta = PackSourceMeta.parse({
    id: identity.id ?? earlier?.id ?? (slugify(stem) || 'claimreview'),
    name: identity.name ?? earlier?.name ?? `Fact checks from ${inputName}`.slice(0, 200),
    description:
      earlier?.description ??
      `Claims reviewed by fact-checkers, imported from ClaimReview (${inputName}).`.slice(0, 1000),
    version: earlier?.version ?? 1,
    published: new Date().toISOString().slice(0, 10),
    languages: [...new Set([...(earlier?.languages ?? []), ...languages])].sort(),
  });
  const header = `# Imported from ClaimReview (${inputName}) by pack import-claimreview\n`;
  await writeFile(file, header + stringify(meta, { lineWidth: 0 }));
}
