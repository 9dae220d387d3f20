// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect';
import { collectTextBlocks } from './text-blocks';

const prose =
  'Officials who took part in the talks described them as slow but serious, and said the next round ' +
  'would begin after the holidays, once both delegations had consulted their governments at home.';

function page(head: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  // A story's address, unless the case is about the address: the test document's own is `/`.
  const story = '<link rel="canonical" href="https://news.example/2025/02/01/talks-resume" />';
  doc.head.innerHTML = head.includes('canonical') ? head : story + head;
  doc.body.innerHTML = body;
  return doc;
}

const articleBody = `<article><h1>Talks resume next week</h1><p>${prose}</p><p>${prose}</p><p>${prose}</p></article>`;

describe('detectArticle', () => {
  it('finds a news article from JSON-LD in a @graph, with a reason', () => {
    const doc = page(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"]}]}</script>',
      `<nav><p>${prose}</p></nav>${articleBody}`,
    );
    const detection = detectArticle(doc);
    expect(detection.isArticle).toBe(true);
    expect(detection.reason).toBe('structured data names an article');
    expect(detection.region?.tagName).toBe('ARTICLE');
  });

  it('says no to pages that call themselves articles but are of another kind', () => {
    const og = '<meta property="og:type" content="article" />';
    const cases: [string, string][] = [
      [`${og}<meta name="generator" content="MediaWiki 1.41" />`, 'encyclopedia'],
      [`${og}<meta name="generator" content="Discourse 3.2" />`, 'forum'],
      [`${og}<script type="application/ld+json">{"@type":"Product"}</script>`, 'product'],
      [`${og}<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>`, 'index'],
      [`${og}<link rel="canonical" href="https://news.example/tag/ukraine" />`, 'index page'],
      [`${og}<link rel="canonical" href="https://news.example/politics/" />`, 'index page'],
    ];
    for (const [head, reason] of cases) {
      const detection = detectArticle(page(head, articleBody));
      expect(detection.isArticle, head).toBe(false);
      expect(detection.reason).toContain(reason);
    }
  });

  it('says no to a search results page that echoes the query in its search field', () => {
    // heise's search form (news/heise of the corpus): a text input in `form role="search"`,
    // empty on its articles; a results page under another address shows the query in it.
    const form = (value: string) =>
      '<form role="search" action="/mac-and-i/suche/"><fieldset>' +
      `<input type="text" name="q" value="${value}" class="search_text" />` +
      '<input type="hidden" name="rm" value="search" /></fieldset></form>';
    const og = '<meta property="og:type" content="article" />';
    expect(detectArticle(page(og, form('') + articleBody)).isArticle).toBe(true);
    expect(detectArticle(page(og, form('Blinken') + articleBody))).toMatchObject({
      isArticle: false,
      code: 'search-page',
    });
    // lemonde-1's search box is a search input outside any search form.
    const box = (value: string) => `<input type="search" name="keywords" value="${value}" />`;
    expect(detectArticle(page(og, box('') + articleBody)).isArticle).toBe(true);
    expect(detectArticle(page(og, box('Blinken') + articleBody)).isArticle).toBe(false);
  });

  it('says no to a page without a body of prose', () => {
    const detection = detectArticle(
      page(
        '<meta property="og:type" content="article" />',
        '<article><h1>Short</h1><p>Too short.</p></article>',
      ),
    );
    expect(detection).toMatchObject({
      isArticle: false,
      reason: 'no body of prose long enough for an article',
    });
  });

  it('reads the headline above the body: with its container when that adds little, else on its own', () => {
    // Names often stand in the headline only; a page's header area around it (a standfirst, a
    // dateline) is read too, a list of other stories between headline and body is not.
    const story = `<div class="story"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`;
    const headline = '<h1>Talks resume next week in Geneva</h1>';
    const close = detectArticle(page('', `<main>${headline}<p>By a reporter</p>${story}</main>`));
    expect(close.roots.map((root) => root.tagName)).toEqual(['MAIN']);
    const others = `<ul>${'<li><a href="/other">Another story of the day, read it next</a></li>'.repeat(20)}</ul>`;
    const apart = detectArticle(page('', `<main>${headline}${others}${story}</main>`));
    expect(apart.roots.map((root) => root.tagName)).toEqual(['H1', 'DIV']);
  });

  it('reads the same text going on from the detection memo, also for a headline inside page chrome', () => {
    // Pages put an <h1> in their banner (msn's logo sits in `<header role="banner"><h1>`): the
    // text collection goes on from detection's memo only for roots outside skipped boxes.
    const story = `<div class="story"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`;
    const others = `<ul>${'<li><a href="/other">Another story of the day, read it next</a></li>'.repeat(20)}</ul>`;
    const detection = detectArticle(
      page(
        '',
        `<header role="banner"><h1>Talks resume <b>next week</b> in Geneva</h1></header>${others}${story}`,
      ),
    );
    if (!detection.isArticle) throw new Error(detection.reason);
    expect(detection.roots.map((root) => root.tagName)).toEqual(['H1', 'DIV']);
    const texts = collectTextBlocks(detection.roots, detection.skipped).map((block) => block.text);
    expect(texts).toEqual(collectTextBlocks(detection.roots).map((block) => block.text));
    expect(texts[0]).toBe('Talks resume next week in Geneva');
  });

  it('accepts an article at a story URL', () => {
    const doc = page(
      '<meta property="og:type" content="article" /><link rel="canonical" href="https://news.example/2025/02/01/talks-resume-next-week" />',
      articleBody,
    );
    expect(detectArticle(doc).isArticle).toBe(true);
  });
});
