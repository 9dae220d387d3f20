import type { PackProblem } from './pack-problem';
import type { SyncErrorKind } from './sync-state';

/** A failed sync step with a message for readers; the engine records it in the sync state. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function seconds(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 100) / 10} s`;
}

/** `entities-001.ndjson line 3` for a line, `manifest.json at $.version` for a JSON path. */
export function place(file: string, where: string): string {
  if (/^\d+$/.test(where)) return `${file} line ${where}`;
  return where === '$' ? file : `${file} at ${where}`;
}

export const syncErrors = {
  offline: () => new SyncError('offline', 'Could not reach the pack server (offline or DNS failure).'),
  requestTimeout: (file: string, ms: number) =>
    new SyncError('timeout', `The pack server did not send ${file} in time (limit ${seconds(ms)} per file).`),
  syncTimeout: (ms: number) =>
    new SyncError('timeout', `The sync took longer than its limit of ${seconds(ms)} and was stopped.`),
  httpStatus: (file: string, status: number) => {
    if (status === 404 || status === 410) {
      return new SyncError('not-found', `The pack server has no file ${file} (HTTP ${status}).`);
    }
    if (status >= 500) {
      return new SyncError('server-error', `The pack server failed to send ${file} (HTTP ${status}).`);
    }
    return new SyncError('http-error', `The pack server refused to send ${file} (HTTP ${status}).`);
  },
  cutOff: (file: string) =>
    new SyncError('truncated', `The download of ${file} broke off before it was complete.`),
  truncated: (file: string, received: number, declared: number) =>
    new SyncError(
      'truncated',
      `${file} arrived incomplete: ${received} of ${declared} bytes (the download was cut off).`,
    ),
  largerThanDeclared: (file: string, declared: number) =>
    new SyncError('hash', `${file} is larger than the ${declared} bytes manifest.json says; it was changed.`),
  tooLarge: (file: string, limit: number) =>
    new SyncError('too-large', `${file} is larger than the limit of ${megabytes(limit)}.`),
  packTooLarge: (total: number, limit: number) =>
    new SyncError(
      'too-large',
      `The pack's shards add up to ${megabytes(total)}, more than the limit of ${megabytes(limit)}.`,
    ),
  outsidePack: (path: string) =>
    new SyncError('outside-pack', `manifest.json lists a shard outside the pack's address: ${path}.`),
  packMismatch: (url: string, expected: string, found: string) =>
    new SyncError('pack-mismatch', `The manifest at ${url} is now for pack "${found}", not "${expected}".`),
  alreadyInstalled: (packId: string) =>
    new SyncError(
      'pack-mismatch',
      `A pack with the id "${packId}" is already installed (built in or subscribed).`,
    ),
  rollback: (offered: number, installed: number) =>
    new SyncError(
      'rollback',
      `The server offers version ${offered}, older than the installed version ${installed}; the installed version stays in use.`,
    ),
  signatureMissing: (keyId: string) =>
    new SyncError(
      'signature',
      `The pack is no longer signed; it was signed by publisher key ${keyId} before.`,
    ),
  signatureKeyChanged: (found: string, expected: string) =>
    new SyncError(
      'signature',
      `The pack is signed by publisher key ${found}, but it was signed by key ${expected} before.`,
    ),
  quota: () =>
    new SyncError('quota', 'The browser has no storage space left for this pack (quota exceeded).'),
  install: (detail: string) => new SyncError('install', `Could not save the pack in the browser: ${detail}.`),
  interrupted: () =>
    new SyncError(
      'interrupted',
      'The last sync was cut short (the browser was closed or stopped the extension); it runs again at the next start.',
    ),
};

const problemWords: Record<PackProblem['kind'], string> = {
  'invalid-json': 'is not valid JSON',
  schema: 'does not fit the pack format',
  signature: "The pack's signature does not match its publisher key",
  hash: 'does not match its checksum in manifest.json (it was changed or damaged)',
  truncated: 'is incomplete',
  references: 'does not fit the rest of the pack',
};

/** One message for the first problem found, counting the rest, so the reader knows the scale. */
export function packProblemError(problems: readonly PackProblem[]): SyncError {
  const first = problems[0];
  if (!first) return new SyncError('schema', 'The pack could not be verified.');
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  const text =
    first.kind === 'signature'
      ? `${problemWords.signature}: ${first.reason}.`
      : `${place(first.file, first.where)} ${problemWords[first.kind]}: ${first.reason}.`;
  return new SyncError(first.kind, `${text}${more}`);
}
