// Where a CRM shows the customer's name: a heading of any level (or
// role=heading), the text beside the record's avatar, the largest text at the
// top of the record, the current item of a breadcrumb. The page's banner and
// navigation (the app's own name, menus) are never the customer.

import type { Candidate } from './candidates';
import { clean, isPageChrome, ownText, textPieces } from './dom-text';
import type { NamePlaces } from './scan-structure';

export const NAME_SOURCES = new Set(['heading', 'avatar', 'large-text', 'breadcrumb']);
const RECORD_VALUES = 'a[href^="tel:"], a[href^="mailto:"]';

function push(candidates: Candidate[], value: string, source: string, score: number, element: Element): void {
  if (value) candidates.push({ label: source, value, kind: 'name', source, score, element });
}

/** Whether the element sits with the record's contact values (a card or section holding a tel: or mailto: link). */
function nearRecordValues(element: Element): boolean {
  let ancestor = element.parentElement;
  // Up to the record's card or section, never the whole page (any page has a tel: link somewhere).
  for (let depth = 0; ancestor && depth < 4 && !isPageWide(ancestor); depth++, ancestor = ancestor.parentElement) {
    if (ancestor.querySelector(RECORD_VALUES)) return true;
  }
  return false;
}

/** The page's body or main area: too wide to say what is "near" an element. */
export const isPageWide = (element: Element): boolean =>
  /^(BODY|HTML|MAIN)$/.test(element.tagName) || element.getAttribute('role') === 'main';

/** h1..h6 by tag, role=heading by aria-level (2 when it has none). */
export const headingLevel = (element: Element): number => Number(element.tagName[1]) || Number(element.getAttribute('aria-level')) || 2;

/** A heading names the record only inside the content: one in the banner or a menu is the app's. */
export function visitHeading(heading: Element, candidates: Candidate[]): void {
  if (isPageChrome(heading)) return;
  const texts: string[] = [];
  const own = ownText(heading, 120);
  if (own) texts.push(own);
  for (const leaf of heading.querySelectorAll('*')) if (leaf.childElementCount === 0) texts.push(clean(leaf.textContent, 120));
  const level = headingLevel(heading);
  const score = 20 + (7 - level) + (heading.closest('main, [role=main], article') ? 4 : 0) + (nearRecordValues(heading) ? 6 : 0);
  for (const text of texts) push(candidates, text, 'heading', score, heading);
}

/** The first short text after the record's avatar, within the avatar's own group. */
function besideAvatar(avatar: Element): Element | undefined {
  for (let sibling = avatar.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const leaf = firstTextLeaf(sibling);
    if (leaf) return leaf;
  }
  return undefined;
}

/** The first element inside (or being) `element` that holds text and no elements. */
function firstTextLeaf(element: Element): Element | undefined {
  const leaf =
    element.childElementCount === 0
      ? element
      : [...element.querySelectorAll('*')].find((node) => node.childElementCount === 0 && clean(node.textContent));
  return leaf && clean(leaf.textContent) ? leaf : undefined;
}

/**
 * Names not written as headings: beside an avatar, in large text, as the breadcrumb's current page.
 * The places come from the structure walk (scan-structure.ts): a class holding "vatar" (ant-avatar,
 * MuiAvatar), a round span, "xl" or an inline font size, "readcrumb".
 */
export function findUnmarkedNames(places: NamePlaces, candidates: Candidate[]): void {
  for (const avatar of places.avatars) {
    // An avatar holds a picture or one or two initials; anything bigger is not an avatar.
    if (clean(avatar.textContent).length > 2 || isPageChrome(avatar)) continue;
    const leaf = besideAvatar(avatar);
    if (leaf && !isPageChrome(leaf)) push(candidates, clean(leaf.textContent, 120), 'avatar', 24, leaf);
  }
  for (const element of places.largeTexts) {
    if (element.childElementCount > 0 || isPageChrome(element)) continue;
    const className = element.getAttribute('class') ?? '';
    // Tailwind's text-xl..4xl, or an inline size of 20 to 99px.
    const large = /\btext-[2-4]?xl\b/.test(className) || /font-size:\s*[2-9]\dpx/.test(element.getAttribute('style') ?? '');
    if (large) push(candidates, clean(element.textContent, 120), 'large-text', 22 + (nearRecordValues(element) ? 4 : 0), element);
  }
  // The current page of a breadcrumb: its last item (a separator may trail it: the item is its first text).
  for (const trail of places.trails) {
    const items = trail.querySelector('li') ? trail.querySelectorAll('li') : trail.children;
    const current = trail.querySelector('[aria-current="page"]') ?? items[items.length - 1];
    if (!current || items.length < 2 || textPieces(current) > 2) continue;
    const first = firstTextLeaf(current);
    if (first) push(candidates, clean(first.textContent, 120), 'breadcrumb', 18, current);
  }
}
