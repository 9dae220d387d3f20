// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../article/text-blocks';
import { ElementPainter, MARK_ELEMENT } from './element-painter';
import type { Mark } from './mark';
import { rangeFor } from './ranges';

describe('ElementPainter (where CSS.highlights is missing)', () => {
  it('wraps each mark in a custom element and puts the very same text nodes back', () => {
    const article = document.createElement('article');
    article.innerHTML = '<p>Antony <b>Blin</b>ken met Mark Milley and Antony Blinken again.</p>';
    document.body.replaceChildren(article);
    const before = article.innerHTML;
    const nodesBefore = [...article.querySelectorAll('p, b')].flatMap((element) => [...element.childNodes]);
    const [block] = collectTextBlocks(article);
    if (!block) throw new Error('no block');
    const mark = (id: string, text: string, from = 0): Mark => {
      const start = block.text.indexOf(text, from);
      const range = rangeFor(block, start, start + text.length);
      if (!range) throw new Error(`no range for ${text}`);
      return { kind: 'entity', id, range };
    };
    const painter = new ElementPainter(document, 'underline');
    const painted = painter.paint([
      mark('antony-blinken', 'Antony Blinken'),
      mark('mark-milley', 'Mark Milley'),
      mark('antony-blinken', 'Antony Blinken', 20),
    ]);
    expect(painted.map((one) => one.range.toString())).toEqual([
      'Antony Blinken',
      'Mark Milley',
      'Antony Blinken',
    ]);
    const elements = [...article.querySelectorAll(MARK_ELEMENT)];
    // "Antony ", "Blin" and "ken" are three text nodes: three elements for the first mark.
    expect(elements.map((element) => element.getAttribute('data-source-context-entity'))).toEqual([
      'antony-blinken',
      'antony-blinken',
      'antony-blinken',
      'mark-milley',
      'antony-blinken',
    ]);
    expect(document.querySelector('style[data-source-context]')).not.toBeNull();

    painter.destroy();
    expect(article.innerHTML).toBe(before);
    const nodesAfter = [...article.querySelectorAll('p, b')].flatMap((element) => [...element.childNodes]);
    expect(nodesAfter).toEqual(nodesBefore);
    expect(document.querySelector('style[data-source-context]')).toBeNull();
  });
});
