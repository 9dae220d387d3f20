import { importWikidata } from './wikidata';

/**
 * `tsx measure-import-wikidata.ts <input> <out dir>`: runs import-wikidata alone in this process
 * and prints one JSON line with its time and this process's peak memory, so the benchmark
 * (tools/bench/figures/importers.ts) measures the importer without its own generator's memory.
 */
const [inputPath, outDir] = process.argv.slice(2);
if (!inputPath || !outDir) throw new Error('usage: measure-import-wikidata.ts <input> <out dir>');
const started = performance.now();
const { records } = await importWikidata(inputPath, { langs: ['en', 'de', 'fr', 'uk'], outDir });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes.
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ records, seconds, peakMb })}\n`);
