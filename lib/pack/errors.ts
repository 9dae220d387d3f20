/**
 * A problem found in a pack, pointing at the place to fix: `where` is a line number in an NDJSON
 * shard or a source file, or a JSON path (`$.shards[0].sha256`) in a JSON document.
 */
export interface PackError {
  file: string;
  where: string;
  reason: string;
}

/** The one-line form `verify` prints (contract 4 of DESIGN.md). */
export function formatPackError(error: PackError): string {
  return `error: ${error.file}:${error.where}: ${error.reason}`;
}

/** `$.sources[0].url` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number'
        ? `${text}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${text}.${String(key)}`
          : `${text}[${JSON.stringify(String(key))}]`,
    '$',
  );
}
