import { readFile, writeFile } from 'node:fs/promises';
import { jsonPath, type PackError } from '../../lib/pack/errors';
import { generateKeyPair } from '../../lib/pack/signature';
import type { z } from '../../lib/schema/zod';

/** Reads `<prefix>.key` or `<prefix>.pub` (see docs/pack-format.md, "Signing"). */
export async function readKeyFile<T>(
  file: string,
  schema: z.ZodMiniType<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: PackError[] }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = `not a readable key file: ${error instanceof Error ? error.message : error}`;
    return { ok: false, errors: [{ file, where: '$', reason }] };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      file,
      where: jsonPath(issue.path),
      reason: issue.message,
    })),
  };
}

/** Writes a new key pair; refuses to overwrite an existing key, which would orphan its subscribers. */
export async function writeKeyPair(prefix: string): Promise<{ privateFile: string; publicFile: string }> {
  const { privateFile, publicFile } = await generateKeyPair();
  const files = { privateFile: `${prefix}.key`, publicFile: `${prefix}.pub` };
  await writeFile(files.privateFile, `${JSON.stringify(privateFile, null, 2)}\n`, {
    flag: 'wx',
    mode: 0o600,
  });
  await writeFile(files.publicFile, `${JSON.stringify(publicFile, null, 2)}\n`, { flag: 'wx' });
  return files;
}
