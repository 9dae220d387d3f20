/**
 * Parts of a page that are never article text, even inside the article element: page chrome,
 * teasers and "most read" boxes, comments, forms, ads, code, the extension's own UI.
 */

/** Never read or mark inside these: form fields, code, scripts, vector graphics, page chrome. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'button',
  'label',
  'svg',
  'math',
  'iframe',
  'object',
  'video',
  'audio',
  'canvas',
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  'source-context-ui',
]);
/** ARIA roles of page chrome and of widgets whose text is not prose. */
const SKIPPED_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'toolbar',
  'menu',
  'button',
  'textbox',
]);

/**
 * Tag and attribute tests written out rather than one `matches()` with a long selector: this
 * runs for every element of an article, and the selector engine was the content script's
 * largest single cost in a profile.
 */
function isChromeOrField(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Class and id words that name boxes beside the story. Matched as whole words of a class or
 * id (`related-links`, `most_read`, `commentList`), never inside longer words, so
 * `article-header` or `shadow` do not count.
 */
const BOX_WORD =
  /(?:^|[\s_-])(?:related|recirc|recirculation|most-?read|most-?popular|more-?stories|see-?also|also-?read|read-?also|teasers?|promo|newsletter|comments?|disqus|sidebar|advert|advertisement|sponsored|outbrain|taboola|cookies?|consent|gdpr|cta|player|control-?bar|controls|gallery|slideshow|carousel)(?:$|[\s_-])/i;
/**
 * Words that name page furniture but also turn up on the containers of real text (the
 * Independent wraps its body in `gigya-share-btns-2_gig_containerParent text-wrapper`): they
 * count only when nothing says the element holds the story.
 */
const FURNITURE_WORD =
  /(?:^|[\s_-])(?:share|sharing|social|tags|rail|ads?|popular|trending|subscribe|paywall|breadcrumbs?)(?:$|[\s_-])/i;
const STORY_WORD = /article|body|content|story|text|main|entry|post|headline|intro/i;

function boilerplateWords(element: Element): string {
  // camelCase ids (`mostRead`, `commentList`) are split so the word test sees their parts.
  const id = element.id.replace(/([a-z])([A-Z])/g, '$1-$2');
  const className = typeof element.className === 'string' ? element.className : '';
  return `${id} ${className.replace(/([a-z])([A-Z])/g, '$1-$2')}`;
}

/** True for elements whose whole subtree is never article text. */
export function isSkippedElement(element: Element): boolean {
  if (isChromeOrField(element)) return true;
  if (!element.id && !element.hasAttribute('class')) return false;
  const words = boilerplateWords(element);
  if (BOX_WORD.test(words)) return true;
  return FURNITURE_WORD.test(words) && !STORY_WORD.test(words) && !element.querySelector('h1');
}

/** Per element: whether it or an ancestor below the root it was tested against is skipped. */
export type SkipMemo = Map<Element, boolean>;

/**
 * True when the node or one of its ancestors up to (not including) `root` is skipped. Pass the
 * same `seen` map for many nodes of one page: their ancestors are then tested once each.
 */
export function isInsideSkipped(node: Node, root: Element, seen: SkipMemo = new Map()): boolean {
  const path: Element[] = [];
  let skipped = false;
  for (
    let element = node instanceof Element ? node : node.parentElement;
    element;
    element = element.parentElement
  ) {
    if (element === root) break;
    const known = seen.get(element);
    if (known !== undefined) {
      skipped = known;
      break;
    }
    path.push(element);
    if (isSkippedElement(element)) {
      skipped = true;
      break;
    }
  }
  // Everything below a skipped element is skipped; below a kept one, kept so far.
  for (const element of path) seen.set(element, skipped);
  return skipped;
}
