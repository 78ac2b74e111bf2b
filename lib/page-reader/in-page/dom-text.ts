// Text helpers for the page reader (runs on the CRM page). Only textContent
// and attributes are read: innerText or computed styles would force layout.

/** Bidi controls (U+202A-202E, U+2066-2069) can reorder what the rep sees; they are never part of a value. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Collapses whitespace, drops bidi controls and caps length, so hostile pages cannot flood or disguise the panel. */
export const clean = (text: string | null | undefined, max = 500): string =>
  (text ?? '').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim().slice(0, max);

/** "Phone:" -> "Phone", "手机：" -> "手机", "* Name" -> "Name" */
export const stripLabel = (label: string): string =>
  label
    .replace(/[:：]\s*$/, '')
    .replace(/^[*•\s]+|[*\s]+$/g, '')
    .trim();

/** Tags whose text is never record content. */
export const SKIPPED_TAGS = new Set(
  ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'PATH', 'OPTION', 'HEAD', 'META', 'LINK', 'TITLE', 'USE', 'G'].flatMap((tag) => [
    tag,
    tag.toLowerCase(),
  ]),
);

const CONTROL_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
export const isControl = (element: Element): boolean => CONTROL_TAGS.has(element.tagName);

/** Tag checks, not instanceof: elements from iframes belong to another realm. */
export function controlValue(element: Element): string {
  if (element.tagName === 'SELECT') {
    const select = element as HTMLSelectElement;
    return clean(select.selectedOptions?.[0]?.textContent ?? select.value);
  }
  return clean((element as HTMLInputElement).value);
}

/**
 * The element's text with a space where one element's text ends and the
 * next begins: `<span>606-623-1809</span><span>Work</span>` reads as
 * "606-623-1809 Work", never "606-623-1809Work".
 */
export function spacedText(element: Element, max = 500): string {
  if (element.childElementCount === 0) return clean(element.textContent, max);
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max * 2; node = walker.nextNode()) {
    if (!SKIPPED_TAGS.has(node.parentElement?.tagName ?? '')) text += ` ${node.nodeValue}`;
  }
  return clean(text, max);
}

/** How many separate texts an element shows (up to `limit`): more than two is a group of values, not one value. */
export function textPieces(element: Element, limit = 3): number {
  if (element.childElementCount === 0) return clean(element.textContent) ? 1 : 0;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let pieces = 0;
  for (let node = walker.nextNode(); node && pieces < limit; node = walker.nextNode()) {
    if (!SKIPPED_TAGS.has(node.parentElement?.tagName ?? '') && /\S/.test(node.nodeValue ?? '')) pieces++;
  }
  return pieces;
}

/** The value an element shows: a control's value, else its own text (its parts spaced, never glued). */
export function shownValue(element: Element): string {
  if (isControl(element)) return controlValue(element);
  const text = spacedText(element);
  if (text) return text;
  const control = element.querySelector('input:not([type=hidden]), textarea, select');
  return control ? controlValue(control) : '';
}

/** Navigation, menus and the page banner hold the app's chrome, never the record's values. */
const CHROME = 'nav, [role=navigation], [role=menu], [role=menubar], [role=tablist], [role=banner]';
export function isPageChrome(element: Element): boolean {
  if (element.closest(CHROME)) return true;
  // A <header> is the page banner unless it sits inside the content (main, article, section) or a component's shadow root.
  const header = element.closest('header');
  if (!header || header.getRootNode() !== header.ownerDocument) return false;
  return !header.parentElement?.closest('main, article, section, [role=main]');
}

/** Text of an element's own text nodes ("张伟" from `<h1>张伟 <span>待跟进</span></h1>`). */
export function ownText(element: Element, max = 200): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.nodeValue;
  return clean(text, max);
}

/** Short enough and shaped like a field label rather than a value. */
export function looksLikeLabel(text: string): boolean {
  if (text.length === 0 || text.length > 40) return false;
  const digits = text.replace(/\D/g, '').length;
  // Labels are a few words: a comma or a full stop makes it a sentence (an activity entry), not a label.
  return digits <= 2 && !/[@<>"=,，。!?！？]/.test(text);
}
