import { describe, expect, it } from 'vitest';
import { EntityRecord } from '../schema/records';
import { runToEnd } from '../time-slices';
import { IndexCompiler, serializeIndex } from './index';

const person = (id: string, name: string) => EntityRecord.parse({ kind: 'entity', id, type: 'person', name });

describe('IndexCompiler', () => {
  it('lets go of its columns once finished and takes no entity after that', () => {
    const compiler = new IndexCompiler();
    compiler.addEntity(person('donald-trump', 'Donald Trump'));
    compiler.addEntity(person('joe-biden', 'Joe Biden'));
    const index = runToEnd(compiler.finishSteps([]));
    // The index keeps what it needs: its selfie is the one of a compiler that still holds its columns.
    const again = new IndexCompiler();
    again.addEntity(person('donald-trump', 'Donald Trump'));
    again.addEntity(person('joe-biden', 'Joe Biden'));
    expect(Buffer.compare(serializeIndex(index), serializeIndex(runToEnd(again.finishSteps([]))))).toBe(0);
    expect(() => compiler.addEntity(person('barack-obama', 'Barack Obama'))).toThrow(/compiled/);
  });
});
