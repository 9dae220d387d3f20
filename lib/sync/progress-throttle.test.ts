import { describe, expect, it } from 'vitest';
import { throttleProgress } from './progress-throttle';
import type { SyncProgress } from './sync-engine';

const at = (phase: SyncProgress['phase'], shardsDone: number, bytesDone: number): SyncProgress => ({
  packId: 'news',
  phase,
  shardsDone,
  shardsTotal: 2,
  bytesDone,
  bytesTotal: 1000,
});

describe('throttleProgress', () => {
  it('passes phase and shard changes at once and byte counts once per interval', () => {
    let time = 0;
    const sent: SyncProgress[] = [];
    const push = throttleProgress(
      (progress) => sent.push(progress),
      200,
      () => time,
    );
    push(at('manifest', 0, 0));
    push(at('download', 0, 10));
    time = 50;
    push(at('download', 0, 20));
    time = 100;
    push(at('download', 0, 30));
    time = 260;
    push(at('download', 0, 40));
    time = 270;
    push(at('download', 1, 500));
    push(at('verify', 2, 1000));
    expect(sent.map((progress) => [progress.phase, progress.shardsDone, progress.bytesDone])).toEqual([
      ['manifest', 0, 0],
      ['download', 0, 10],
      ['download', 0, 40],
      ['download', 1, 500],
      ['verify', 2, 1000],
    ]);
  });
});
