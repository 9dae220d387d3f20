// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../article/text-blocks';
import { rangeFor } from './ranges';

function block(html: string) {
  const element = document.createElement('article');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  const [first] = collectTextBlocks(element);
  if (!first) throw new Error('no block');
  return first;
}

describe('rangeFor', () => {
  it('spans a name split across inline tags', () => {
    const target = block('<p>Secretary <b>Antony</b> <i>Blin</i>ken met him.</p>');
    const start = target.text.indexOf('Antony');
    const range = rangeFor(target, start, start + 'Antony Blinken'.length);
    expect(range?.toString()).toBe('Antony Blinken');
  });

  it('maps through soft hyphens, which stay inside the range', () => {
    const target = block('<p>Mark Mil\u00adley said.</p>');
    expect(target.text).toBe('Mark Milley said.');
    const range = rangeFor(target, 0, 'Mark Milley'.length);
    expect(range?.toString()).toBe('Mark Mil\u00adley');
  });

  it('refuses offsets outside the block', () => {
    const target = block('<p>Short.</p>');
    expect(rangeFor(target, 2, 99)).toBeUndefined();
    expect(rangeFor(target, 3, 3)).toBeUndefined();
  });
});
