import { compileIndex, deserializeIndex, matchArticle, serializeIndex } from '../../../lib/match/index';
import { generatePeople } from '../match/alias-generator';
import { measureInChromium } from '../match/chromium-harness';
import { loadNewsTexts, utf8Bytes } from '../match/news-texts';
import { interleavedRates, median, medianRatio } from '../match/steady-rate';

/**
 * Figures of the matcher with 1,000,000 generated aliases loaded (see docs/matcher.md):
 * compile time, selfie size and load time, throughput on real news text in Node, and the ratio
 * to modern-ahocorasick measured in Chromium.
 */
const ALIASES = 1_000_000;
/** The same million for modern-ahocorasick: in Chromium it compiles them in about 10 s. */
const AHO_CORASICK_ALIASES = 1_000_000;
/** Batches per side of the matcher and the character loop: 31 pairs take about 1.6 s. */
const INTERLEAVED_BATCHES = 31;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export async function measure(): Promise<Record<string, number>> {
  const texts = loadNewsTexts();
  const blocks = texts.all;
  const bytes = utf8Bytes(blocks);
  const { entities, aliasCount } = generatePeople(ALIASES);

  let index = compileIndex([], []);
  const buildMs = [0, 1, 2].map(() => timed(() => (index = compileIndex(entities, []))));
  const selfie = serializeIndex(index);

  const loadMs: number[] = [];
  for (let run = 0; run < 7; run++) {
    // A fresh buffer each time, as IndexedDB hands out.
    const stored = selfie.slice();
    loadMs.push(timed(() => matchArticle(['US-Außenminister Antony Blinken'], deserializeIndex(stored))));
  }

  const loaded = deserializeIndex(selfie);
  // What a worker that has just compiled or loaded the index pays on its first article.
  const firstRunMs = timed(() => matchArticle(blocks, loaded));
  // The matcher and the same loop without any matching, in turns: the loop shows how much of
  // the machine each batch had.
  const charLoop = () => {
    let hash = 0;
    for (const block of blocks) {
      for (let at = 0; at < block.length; at++) hash = Math.imul(hash ^ block.charCodeAt(at), 16777619);
    }
    if (hash === 42) console.log('');
  };
  const [matchRates, charLoopRates] = interleavedRates(
    bytes,
    [() => matchArticle(blocks, loaded), charLoop],
    { batches: INTERLEAVED_BATCHES },
  );

  const chromium = await measureInChromium(
    texts.nonAscii,
    utf8Bytes(texts.nonAscii),
    ALIASES,
    AHO_CORASICK_ALIASES,
  );
  return {
    'match.aliases_1m.mb_per_s': median(matchRates!),
    'match.aliases_1m.vs_modern_ahocorasick': chromium.oursMbPerS / chromium.ahoCorasickMbPerS,
    'match.aliases_1m.chromium_mb_per_s': chromium.oursMbPerS,
    'match.modern_ahocorasick.chromium_mb_per_s': chromium.ahoCorasickMbPerS,
    'match.modern_ahocorasick.whole_text_chromium_mb_per_s': chromium.ahoCorasickWholeTextMbPerS,
    'match.modern_ahocorasick.aliases': chromium.ahoCorasickAliases,
    'match.aliases_1m.first_run_ms': firstRunMs,
    'match.char_loop.mb_per_s': median(charLoopRates!),
    'match.aliases_1m.vs_char_loop': medianRatio(matchRates!, charLoopRates!),
    'index.aliases_1m.build_s': median(buildMs) / 1000,
    'index.aliases_1m.load_ms': median(loadMs),
    'index.aliases_1m.load_from_indexeddb_chromium_ms': chromium.loadFromIndexedDbMs,
    'index.aliases_1m.bytes_per_alias': selfie.length / aliasCount,
    'index.aliases_1m.keys': index.keyCount,
  };
}
