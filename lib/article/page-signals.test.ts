// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageSignals } from './page-signals';

function page(head: string, body = ''): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

describe('readPageSignals', () => {
  it('reads every kind of signal the way the page declares it', () => {
    // As Le Monde and the Yahoo pages of the corpus write them: JSON-LD in the head, microdata
    // on the body's elements (also on a <meta>), Open Graph and a generator tag.
    const signals = readPageSignals(
      page(
        '<meta property="og:type" content=" Article " />' +
          '<meta name="generator" content="WordPress 6.4" />' +
          '<link rel="canonical" href="/2025/02/01/talks-resume" />' +
          '<script type="application/ld+json">{"@type":"https://schema.org/NewsArticle"}</script>',
        '<div itemscope itemtype="http://schema.org/Person https://schema.org/Thing"></div>' +
          '<meta itemscope itemtype="https://schema.org/WebPage" />',
      ),
    );
    expect([...signals.types].sort()).toEqual(['NewsArticle', 'Person', 'Thing', 'WebPage']);
    expect(signals.ogType).toBe('article');
    expect(signals.generator).toBe('wordpress 6.4');
    expect(signals.canonical?.pathname).toBe('/2025/02/01/talks-resume');
  });

  it('takes the first of each tag in document order, and og:url when no canonical link', () => {
    const signals = readPageSignals(
      page(
        '<meta property="og:url" content="https://news.example/2025/a-story" />' +
          '<meta property="og:type" content="website" />' +
          '<meta property="og:type" content="article" />' +
          '<script type="application/ld+json">{"@graph":[{"@type":"ReportageNewsArticle"}]}</script>' +
          '<script type="application/ld+json">{ broken</script>',
      ),
    );
    expect(signals.ogType).toBe('website');
    expect(signals.canonical?.href).toBe('https://news.example/2025/a-story');
    expect([...signals.types]).toEqual(['ReportageNewsArticle']);
    expect(signals.generator).toBe('');
  });
});
