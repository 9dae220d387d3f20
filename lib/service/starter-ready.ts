import type { StarterInstallResult } from '../store/starter-pack';

export interface StarterGateOptions {
  /** Installs (or updates) the built-in starter pack; `installStarterPack` over the extension's files. */
  install: () => Promise<StarterInstallResult>;
  /** Where failures go; the worker's console by default. */
  log?: (message: string, detail: unknown) => void;
}

/** Runs `work` once the starter pack is installed (or its install has failed and been logged). */
export type StarterGate = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * The background's requests wait for the built-in starter pack, so the first article after an
 * install is matched with it. The install starts at once and is shared by the requests that
 * arrive meanwhile. When it throws (the store could not be opened, storage was full) the failure
 * is logged and forgotten, and the next request tries again: a remembered rejection made every
 * later request fail until the worker restarted (issue 15, finding 10). The request that saw the
 * failure still runs, since installs are atomic and the store keeps what it held before, and the
 * reader's own data needs no starter pack. An invalid starter pack is logged once and not tried
 * again: the files shipped with the extension do not change until it updates.
 */
export function starterGate(options: StarterGateOptions): StarterGate {
  const log = options.log ?? ((message, detail) => console.error(`Source Context: ${message}`, detail));
  let installing: Promise<void> | undefined;
  const installed = (): Promise<void> => {
    installing ??= options.install().then(
      (result) => {
        if (!result.ok) log('the built-in starter pack is invalid', result.errors);
      },
      (error: unknown) => {
        installing = undefined;
        log('could not install the built-in starter pack; trying again on the next request', error);
      },
    );
    return installing;
  };
  void installed();
  return (work) => installed().then(work);
}
