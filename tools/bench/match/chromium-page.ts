import AhoCorasick from 'modern-ahocorasick';
import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../../../lib/match/index';
import { generatePeople } from './alias-generator';

/**
 * Runs in a Chromium page (bundled by chromium-harness.ts): our matcher and modern-ahocorasick
 * on the same generated aliases and the same news paragraphs, where matching really runs.
 */
export interface ChromiumMatchFigures {
  oursMbPerS: number;
  ahoCorasickMbPerS: number;
  ahoCorasickAliases: number;
  ahoCorasickBuildS: number;
  /** modern-ahocorasick on all paragraphs joined into one string: its search grows faster than the text. */
  ahoCorasickWholeTextMbPerS: number;
  /** Opening IndexedDB, reading the selfie, deserialising it and matching a first sentence. */
  loadFromIndexedDbMs: number;
}

const request = <T>(pending: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error);
  });

function openSelfieStore(): Promise<IDBDatabase> {
  const opening = indexedDB.open('bench-selfie', 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('selfie');
  return request(opening);
}

/** Stores the selfie, then times what a waking service worker does: open, read, load, match. */
async function loadFromIndexedDb(selfie: Uint8Array, runs: number): Promise<number> {
  const database = await openSelfieStore();
  await request(database.transaction('selfie', 'readwrite').objectStore('selfie').put(selfie, 'index'));
  database.close();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const reopened = await openSelfieStore();
    const bytes = await request<Uint8Array>(
      reopened.transaction('selfie').objectStore('selfie').get('index'),
    );
    matchArticle(['US-Außenminister Antony Blinken'], deserializeIndex(bytes));
    times.push(performance.now() - started);
    reopened.close();
  }
  return median(times);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median rate of `runs` runs after one warm-up run, so both sides are measured compiled. */
function throughput(bytes: number, runs: number, run: () => void): number {
  run();
  const rates: number[] = [];
  for (let at = 0; at < runs; at++) {
    const started = performance.now();
    run();
    rates.push(bytes / 1e6 / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

async function benchMatch(
  blocks: string[],
  bytes: number,
  aliasCount: number,
  ahoCorasickAliasCount: number,
): Promise<ChromiumMatchFigures> {
  const { entities } = generatePeople(aliasCount);
  const index = compileIndex(entities, []);
  const oursMbPerS = throughput(bytes, 9, () => matchArticle(blocks, index));
  const loadFromIndexedDbMs = await loadFromIndexedDb(serializeIndex(index), 5);

  const patterns = entities
    .flatMap((entity) => Object.values(entity.names).flat())
    .slice(0, ahoCorasickAliasCount);
  const started = performance.now();
  const automaton = new AhoCorasick(patterns);
  const ahoCorasickBuildS = (performance.now() - started) / 1000;
  const ahoCorasickMbPerS = throughput(bytes, 7, () => {
    for (const block of blocks) automaton.search(block);
  });
  const wholeText = blocks.join('\n');
  const ahoCorasickWholeTextMbPerS = throughput(bytes, 3, () => automaton.search(wholeText));
  return {
    oursMbPerS,
    ahoCorasickMbPerS,
    ahoCorasickAliases: patterns.length,
    ahoCorasickBuildS,
    ahoCorasickWholeTextMbPerS,
    loadFromIndexedDbMs,
  };
}

(globalThis as { benchMatch?: typeof benchMatch }).benchMatch = benchMatch;
