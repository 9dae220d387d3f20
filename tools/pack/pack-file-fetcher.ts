import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { FetchPackFile } from '../../lib/pack/read-pack';

/** A pack is named by its folder or URL prefix, or by its manifest (as readers subscribe to it). */
export function packFileFetcher(named: string): FetchPackFile {
  const location = named.replace(/(^|\/)manifest\.json$/, '$1') || '.';
  if (/^https?:\/\//.test(location)) {
    const base = location.endsWith('/') ? location : `${location}/`;
    return async (path) => {
      const response = await fetch(new URL(path, base));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
  }
  const root = resolve(location);
  return async (path) => {
    const file = resolve(join(root, path));
    // The manifest schema already refuses `..`; this holds even if that check were bypassed.
    if (!file.startsWith(root + sep)) throw new Error('outside the pack');
    return new Uint8Array(await readFile(file));
  };
}
