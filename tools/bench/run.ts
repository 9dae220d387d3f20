import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exitOnMissingBrowser } from '../missing-browser';

/**
 * `npm run bench [-- --json] [-- --only match,page]`: runs every figure module in ./figures and
 * prints its named figures; with --json the last line is one JSON object of all figures
 * (contract 6 of DESIGN.md). A figure module exports `measure(): Promise<Record<string, number>>`.
 */
export type Figures = Record<string, number>;
export interface FigureModule {
  measure: () => Promise<Figures>;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : undefined;

const dir = resolve(import.meta.dirname, 'figures');
const files = (await readdir(dir))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();
const all: Figures = {};
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  if (only && !only.has(name)) continue;
  const started = performance.now();
  const module = (await import(pathToFileURL(resolve(dir, file)).href)) as FigureModule;
  const figures = await module.measure().catch(exitOnMissingBrowser);
  for (const [key, value] of Object.entries(figures)) {
    all[key] = value;
    console.log(`${key.padEnd(44)} ${Number.isInteger(value) ? value : value.toFixed(3)}`);
  }
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
if (json) console.log(JSON.stringify(all));
