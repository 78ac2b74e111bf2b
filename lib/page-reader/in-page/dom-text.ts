// Text helpers for the page reader (runs on the CRM page). Only textContent
// and attributes are read: innerText or computed styles would force layout.

/** Bidi controls (U+202A-202E, U+2066-2069) can reorder what the rep sees; they are never part of a value. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Anything clean() would change besides the length: a bidi control, a whitespace run, an edge or non-space whitespace. */
const UNCLEAN = /[\u202a-\u202e\u2066-\u2069]|\s\s|[^\S ]|^\s|\s$/;

/** Collapses whitespace, drops bidi controls and caps length, so hostile pages cannot flood or disguise the panel. */
export const clean = (text: string | null | undefined, max = 500): string =>
  // Most page text is already clean: one test instead of two replaces and a trim (the reader cleans thousands of texts).
  !text || !UNCLEAN.test(text) ? (text ?? '').slice(0, max) : text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim().slice(0, max);

/** "Phone:" -> "Phone", "手机：" -> "手机", "* Name" -> "Name" */
export const stripLabel = (label: string): string =>
  label
    .replace(/[:：]\s*$/, '')
    .replace(/^[*•\s]+|[*\s]+$/g, '')
    .trim();

/** Tags whose text is never record content. */
// Elements inside <svg> keep their lowercase names (path, use, g, and svg's own style and title).
export const SKIPPED_TAGS = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE OPTION HEAD META LINK TITLE script style title path use g'.split(' '));

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

/** The element's separate texts (text nodes that show something), up to `limit` of them. */
function textsOf(element: Element, limit: number): string[] {
  const texts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && texts.length < limit; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (/\S/.test(text) && !SKIPPED_TAGS.has(node.parentElement?.tagName ?? '')) texts.push(text);
  }
  return texts;
}

/**
 * The element's text with a space where one element's text ends and the
 * next begins: `<span>606-623-1809</span><span>Work</span>` reads as
 * "606-623-1809 Work", never "606-623-1809Work".
 */
export const spacedText = (element: Element, max = 500): string =>
  clean(element.childElementCount === 0 ? element.textContent : textsOf(element, 50).join(' '), max);

/** How many separate texts an element shows (up to `limit`): more than two is a group of values, not one value. */
export const textPieces = (element: Element, limit = 3): number =>
  element.childElementCount === 0 ? (clean(element.textContent) ? 1 : 0) : textsOf(element, limit).length;

/** The value an element shows: a control's value, else its own text (its parts spaced, never glued). */
export function shownValue(element: Element): string {
  if (isControl(element)) return controlValue(element);
  const text = spacedText(element);
  if (text) return text;
  const control = element.querySelector('input:not([type=hidden]), textarea, select');
  return control ? controlValue(control) : '';
}

/** Navigation, menus and the page banner hold the app's chrome, never the record's values. */
const CHROME = 'nav, [role=navigation], [role=banner]';
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

/** Caption-like markup around a field label (class names or attributes saying so). */
export function isCaption(element: Element): boolean {
  const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('data-role') ?? ''}`;
  return /label|caption|field-?name|key|title/i.test(hint) && !/value/i.test(hint);
}
