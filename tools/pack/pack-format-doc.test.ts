import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = resolve(ROOT, 'tests/fixtures/packs/small');

it('docs/pack-format.md shows the example pack exactly as the tests build it', async () => {
  const doc = await readFile(resolve(ROOT, 'docs/pack-format.md'), 'utf8');
  const files = (await readdir(EXAMPLE, { recursive: true })).filter((file) => /\.(ya?ml|json)$/.test(file));
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const content = (await readFile(resolve(EXAMPLE, file), 'utf8')).replace(/^#.*\n/gm, '').trim();
    expect(doc, file).toContain(content);
  }
});
