// Text helpers for the page reader (runs on the CRM page). Only textContent
// and attributes are read: innerText or computed styles would force layout.

/** Collapses whitespace and caps length, so hostile pages cannot flood the panel. */
export const clean = (text: string | null | undefined, max = 500): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

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

/** The value an element shows: a control's value, else its text. */
export function shownValue(element: Element): string {
  if (isControl(element)) return controlValue(element);
  const control = element.querySelector('input:not([type=hidden]), textarea, select');
  if (control && clean(element.textContent) === '') return controlValue(control);
  return clean(element.textContent);
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
  return digits <= 2 && !/[@<>"=]/.test(text);
}
