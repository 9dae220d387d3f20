// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, TextBlockCollector } from './text-blocks';

function region(html: string): Element {
  const element = document.createElement('article');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

describe('collectTextBlocks', () => {
  it('joins the text nodes of a block and keeps where each starts', () => {
    const [block] = collectTextBlocks(region('<p>Antony <b>Blin</b>ken spoke.</p>'));
    expect(block?.text).toBe('Antony Blinken spoke.');
    expect(block?.nodes.map((span) => span.start)).toEqual([0, 7, 11]);
  });

  it('leaves soft hyphens out of the text and remembers where the kept characters are', () => {
    const [block] = collectTextBlocks(region('<p>Blin\u00adken</p>'));
    expect(block?.text).toBe('Blinken');
    expect(block?.nodes[0]?.offsets).toEqual([0, 1, 2, 3, 5, 6, 7]);
  });

  it('skips form fields, code, editable boxes, navigation and boxes beside the story', () => {
    const blocks = collectTextBlocks(
      region(
        '<p>Body text.</p><textarea>field</textarea><pre><code>code</code></pre>' +
          '<div contenteditable="true">editable</div><nav>navigation</nav>' +
          '<div class="related-stories">related</div><div id="mostRead">most read</div><p>More body.</p>' +
          // An evaluation page's "Also read: Erdoğan offers…" box inside the article (issue 13).
          '<div class="also-read"><p>Also read: another story</p></div>',
      ),
    );
    expect(blocks.map((block) => block.text)).toEqual(['Body text.', 'More body.']);
  });

  it('works in slices and gives the same blocks', () => {
    const html = Array.from({ length: 300 }, (_, index) => `<p>Paragraph <i>${index}</i>.</p>`).join('');
    const whole = collectTextBlocks(region(html)).map((block) => block.text);
    const collector = new TextBlockCollector([region(html)]);
    let slices = 1;
    while (!collector.step(() => true)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    expect(collector.blocks.map((block) => block.text)).toEqual(whole);
  });
});
