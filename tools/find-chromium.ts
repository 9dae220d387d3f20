import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium to run the extension in: `CHROMIUM_PATH`, else Playwright's own build where
 * one is installed, else Debian's. Playwright's download is never needed (it cannot reach its
 * CDN on machines that only reach package registries).
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  // Debian's /usr/bin/chromium is a wrapper script that prints a harmless warning; the binary
  // behind it behaves the same without it.
  return [bundled, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => typeof path === 'string' && existsSync(path),
  );
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: set CHROMIUM_PATH, or install one (Debian/Ubuntu: sudo apt-get install -y chromium).';

if (process.argv[1]?.endsWith('find-chromium.ts') && process.argv.includes('--check')) {
  const path = findChromium();
  if (!path) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
}
