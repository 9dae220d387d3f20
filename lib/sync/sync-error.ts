import type { PackProblem, PackProblemKind } from './pack-problem';
import type { SyncErrorKind } from './sync-state';
import { englishSyncText, type SyncText, syncText } from './sync-text';

/**
 * A failed sync step. `text` is what the options page shows in the reader's language; `message`
 * is its English rendering, for logs and tests.
 */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    readonly text: SyncText,
  ) {
    super(englishSyncText(text));
    this.name = 'SyncError';
  }
}

function error(kind: SyncErrorKind, key: string, ...params: (string | number | SyncText)[]): SyncError {
  return new SyncError(kind, syncText(key, ...params));
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function seconds(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 100) / 10} s`;
}

/** `entities-001.ndjson, line 3` for a line, `manifest.json at $.version` for a JSON path. */
export function place(file: string, where: string): SyncText | string {
  if (/^\d+$/.test(where)) return syncText('syncPlaceLine', file, where);
  return where === '$' ? file : syncText('syncPlacePath', file, where);
}

export const syncErrors = {
  offline: () => error('offline', 'syncErrorOffline'),
  requestTimeout: (file: string, ms: number) =>
    error('timeout', 'syncErrorRequestTimeout', file, seconds(ms)),
  syncTimeout: (ms: number) => error('timeout', 'syncErrorSyncTimeout', seconds(ms)),
  httpStatus: (file: string, status: number) => {
    if (status === 404 || status === 410) return error('not-found', 'syncErrorNotFound', file, status);
    if (status >= 500) return error('server-error', 'syncErrorServer', file, status);
    return error('http-error', 'syncErrorRefused', file, status);
  },
  cutOff: (file: string) => error('truncated', 'syncErrorCutOff', file),
  truncated: (file: string, received: number, declared: number) =>
    error('truncated', 'syncErrorTruncated', file, received, declared),
  largerThanDeclared: (file: string, declared: number) =>
    error('hash', 'syncErrorLargerThanDeclared', file, declared),
  tooLarge: (file: string, limit: number) => error('too-large', 'syncErrorTooLarge', file, megabytes(limit)),
  packTooLarge: (total: number, limit: number) =>
    error('too-large', 'syncErrorPackTooLarge', megabytes(total), megabytes(limit)),
  outsidePack: (path: string) => error('outside-pack', 'syncErrorOutsidePack', path),
  packMismatch: (url: string, expected: string, found: string) =>
    error('pack-mismatch', 'syncErrorPackMismatch', url, found, expected),
  alreadyInstalled: (packId: string) => error('pack-mismatch', 'syncErrorAlreadyInstalled', packId),
  // The options page adds that the installed version stays in use; the message does not repeat it.
  rollback: (offered: number, installed: number) =>
    error('rollback', 'syncErrorRollback', offered, installed),
  signatureMissing: (keyId: string) => error('signature', 'syncErrorSignatureMissing', keyId),
  signatureKeyChanged: (found: string, expected: string) =>
    error('signature', 'syncErrorSignatureKeyChanged', found, expected),
  quota: () => error('quota', 'syncErrorQuota'),
  install: (detail: string) => error('install', 'syncErrorInstall', detail),
  interrupted: () => error('interrupted', 'syncErrorInterrupted'),
  notSubscribed: (packId: string) => error('pack-mismatch', 'syncErrorNotSubscribed', packId),
  stopped: () => error('timeout', 'syncErrorStopped'),
  unexpected: (detail: string) => error('install', 'syncErrorUnexpected', detail),
};

const problemKeys: Record<PackProblemKind, string> = {
  'invalid-json': 'syncProblemInvalidJson',
  schema: 'syncProblemSchema',
  signature: 'syncProblemSignature',
  hash: 'syncProblemHash',
  truncated: 'syncProblemTruncated',
  references: 'syncProblemReferences',
};

/** One message for the first problem found, counting the rest, so the reader knows the scale. */
export function packProblemError(problems: readonly PackProblem[]): SyncError {
  const first = problems[0];
  if (!first) return error('schema', 'syncErrorUnverifiable');
  const problem =
    first.kind === 'signature'
      ? syncText(problemKeys.signature, first.reason)
      : syncText(problemKeys[first.kind], place(first.file, first.where), first.reason);
  if (problems.length === 1) return new SyncError(first.kind, problem);
  if (problems.length === 2) return new SyncError(first.kind, syncText('syncProblemsOneMore', problem));
  return new SyncError(first.kind, syncText('syncProblemsMore', problem, problems.length - 1));
}
