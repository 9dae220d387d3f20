/** What kind of fault a pack has; each kind has its own plain-word message in sync-error.ts. */
export type PackProblemKind = 'invalid-json' | 'schema' | 'signature' | 'hash' | 'truncated' | 'references';

/**
 * One fault found while verifying a pack. `where` is a line number (NDJSON shards) or a JSON
 * path (`$.shards[0].sha256`) — the same places the pack tool's `verify` prints.
 */
export interface PackProblem {
  kind: PackProblemKind;
  file: string;
  where: string;
  reason: string;
}
