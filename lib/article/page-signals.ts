/**
 * What a page says about itself: structured data (JSON-LD, microdata), Open Graph and other
 * meta tags, and its canonical URL. Cheap to read — no layout, no walk over the body text.
 */

export interface PageSignals {
  /** Every `@type` found in JSON-LD blocks (arrays and `@graph` included) and in microdata. */
  types: Set<string>;
  /** `og:type`, lower case, or '' when the page has none. */
  ogType: string;
  /** The page's canonical URL (`<link rel=canonical>`, else `og:url`), when it declares one. */
  canonical: URL | undefined;
  /** `<meta name=generator>`, lower case: tells wikis and forum software apart from newsrooms. */
  generator: string;
}

function addTypes(value: unknown, types: Set<string>, depth: number): void {
  // Depth-bounded: a page's JSON-LD is untrusted and may nest without end.
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) addTypes(item, types, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  for (const name of Array.isArray(type) ? type : [type]) {
    if (typeof name === 'string') types.add(name.replace(/^https?:\/\/schema\.org\//, ''));
  }
  if (record['@graph']) addTypes(record['@graph'], types, depth + 1);
  if (record.mainEntity) addTypes(record.mainEntity, types, depth + 1);
}

/**
 * Everything the signals come from, found in one walk of the document: each `querySelector`
 * that matches nothing (`generator` on most news pages) or `querySelectorAll` scans every
 * element, and five of them were five walks of every page (issue 16, mainthread).
 */
const SIGNAL_ELEMENTS = [
  'script[type="application/ld+json"]',
  '[itemscope][itemtype]',
  'meta[property="og:type"]',
  'meta[name="generator"]',
  'link[rel="canonical"]',
  'meta[property="og:url"]',
].join(', ');

const metaContent = (element: Element | undefined) =>
  element?.getAttribute('content')?.trim().toLowerCase() ?? '';

function canonicalUrl(doc: Document, link: Element | undefined, ogUrl: Element | undefined): URL | undefined {
  const href = link?.getAttribute('href') ?? ogUrl?.getAttribute('content');
  if (!href) return undefined;
  try {
    return new URL(href, doc.baseURI);
  } catch {
    return undefined;
  }
}

export function readPageSignals(doc: Document): PageSignals {
  const types = new Set<string>();
  // The first of each kind in document order, as `querySelector` would return it.
  const first = new Map<string, Element>();
  const firstOf = (key: string, element: Element) => {
    if (!first.has(key)) first.set(key, element);
  };
  for (const element of doc.querySelectorAll(SIGNAL_ELEMENTS)) {
    const tag = element.localName;
    // `type` and `rel` match case-insensitively in a selector (HTML), `property` and `name` do not.
    if (tag === 'script' && element.getAttribute('type')?.toLowerCase() === 'application/ld+json') {
      try {
        addTypes(JSON.parse(element.textContent ?? ''), types, 0);
      } catch {
        // A page's broken JSON-LD is the page's problem; the other signals still count.
      }
    } else if (tag === 'link' && element.getAttribute('rel')?.toLowerCase() === 'canonical') {
      firstOf('canonical', element);
    } else if (tag === 'meta') {
      const property = element.getAttribute('property');
      if (property === 'og:type' || property === 'og:url') firstOf(property, element);
      else if (element.getAttribute('name') === 'generator') firstOf('generator', element);
    }
    // Any element may carry microdata, a <meta> or <link> as well.
    if (element.hasAttribute('itemscope') && element.hasAttribute('itemtype')) {
      for (const url of (element.getAttribute('itemtype') ?? '').split(/\s+/)) {
        const name = url.replace(/^https?:\/\/schema\.org\//, '');
        if (name) types.add(name);
      }
    }
  }
  return {
    types,
    ogType: metaContent(first.get('og:type')),
    canonical: canonicalUrl(doc, first.get('canonical'), first.get('og:url')),
    generator: metaContent(first.get('generator')),
  };
}
