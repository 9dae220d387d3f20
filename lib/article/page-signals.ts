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

function meta(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim().toLowerCase() ?? '';
}

function canonicalUrl(doc: Document): URL | undefined {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return undefined;
  try {
    return new URL(href, doc.baseURI);
  } catch {
    return undefined;
  }
}

export function readPageSignals(doc: Document): PageSignals {
  const types = new Set<string>();
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      addTypes(JSON.parse(script.textContent ?? ''), types, 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; the other signals still count.
    }
  }
  for (const item of doc.querySelectorAll('[itemscope][itemtype]')) {
    for (const url of (item.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = url.replace(/^https?:\/\/schema\.org\//, '');
      if (name) types.add(name);
    }
  }
  return {
    types,
    ogType: meta(doc, 'meta[property="og:type"]'),
    canonical: canonicalUrl(doc),
    generator: meta(doc, 'meta[name="generator"]'),
  };
}
