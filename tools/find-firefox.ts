import { existsSync } from 'node:fs';

/**
 * Finds a Firefox to run the extension in: `FIREFOX_PATH`, else Debian's `firefox-esr`, else a
 * `firefox` on the usual path. Playwright's own Firefox is a patched build that cannot be
 * downloaded on machines that only reach package registries; stock Firefox is driven by
 * puppeteer-core over WebDriver BiDi instead (tools/launch-firefox.ts).
 */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

export const HOW_TO_GET_FIREFOX =
  'No Firefox found: set FIREFOX_PATH, or install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr).';

if (process.argv[1]?.endsWith('find-firefox.ts') && process.argv.includes('--check')) {
  const path = findFirefox();
  if (!path) {
    console.error(HOW_TO_GET_FIREFOX);
    process.exit(1);
  }
}
