import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
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

/**
 * Writes `pack.yaml` beside the imported records: the languages are those of the claims written,
 * the pack is version 1 published today. An import run replaces the file, as it replaces the
 * records it writes.
 */
export async function writePackMeta(
  outDir: string,
  inputName: string,
  identity: PackIdentity,
  languages: ReadonlySet<string>,
): Promise<void> {
  const stem = inputName.replace(/\.[^.]+$/, '');
  const meta = PackSourceMeta.parse({
    id: identity.id ?? (slugify(stem) || 'claimreview'),
    name: identity.name ?? `Fact checks from ${inputName}`.slice(0, 200),
    description: `Claims reviewed by fact-checkers, imported from ClaimReview (${inputName}).`.slice(0, 1000),
    version: 1,
    published: new Date().toISOString().slice(0, 10),
    languages: [...languages].sort(),
  });
  const header = `# Imported from ClaimReview (${inputName}) by pack import-claimreview\n`;
  await writeFile(join(outDir, PACK_META_FILE), header + stringify(meta, { lineWidth: 0 }));
}
