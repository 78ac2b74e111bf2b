// One walk over a root's text nodes: a text-only element is a possible label
// or "Label: value" pair; loose text among other elements may hold a pair too;
// any text may hold phone numbers. Runs on the CRM page: plain DOM only.
import { add, type ScanResult } from './candidates';
import { clean, isCaption, isControl, looksLikeLabel, SKIPPED_TAGS, shownValue, stripLabel, textPieces } from './dom-text';
import { isPlausibleValue, kindOfLabel } from './field-kinds';
import { findPhonesInText, phoneTypeBeside, toAsciiDigits } from './phone-text';
import { isIcon } from './scan-structure';

// "Label: value", but not a clock time inside running text ("last Saturday at 5:57 AM").
const INLINE_PAIR = /^([^:：]{1,40}?)(?<!\d)[:：](?!\d)\s*(.{1,300})$/;
/** Activity feeds and timelines: "Call: left a voicemail" there is an entry, not a field. */
const FEED = '[class*="timeline" i], [class*="activit" i], [class*="feed" i], [class*="histor" i], [class*="comment" i]';

/** A text-only element: "Phone: 555-0100" in one element, or a label whose value is the next sibling. */
function visitLeaf(element: Element, raw: string, result: ScanResult): void {
  if (!raw || raw.length > 400) return;
  const hasColon = raw.includes(':') || raw.includes('：');
  const tag = element.tagName;
  if (!hasColon && (tag === 'TD' || tag === 'TH' || tag === 'DD' || tag === 'DT' || tag === 'A' || tag === 'OPTION')) return; // read as rows, pairs, links
  // Without a colon, only short texts can be labels; long ones are values, read through their label.
  if (!hasColon && raw.length > 60) return;
  const text = clean(raw, 400);
  if (!text) return;
  const inline = hasColon ? INLINE_PAIR.exec(text) : null;
  if (inline && looksLikeLabel(inline[1] ?? '')) {
    if (isFieldPair(inline[1] ?? '', inline[2] ?? '', element)) add(result, inline[1] ?? '', inline[2] ?? '', 'text', element);
    return;
  }
  if (!looksLikeLabel(text) || tag === 'TD' || tag === 'TH') return; // table cells: visitRow
  if (isIcon(element)) return; // ligature icons ("phone") are read as icons
  const explicit = /[:：]$/.test(text);
  const kind = kindOfLabel(stripLabel(text));
  const caption = isCaption(element);
  if (!explicit && !kind && !caption) return;
  // Text inside a value cell (a badge in a <dd>) is a value, not the label of what follows.
  const cell = element.parentElement?.closest('dd, td');
  if (!explicit && cell && textPieces(cell, 2) === 1) return;
  // A bare word taken for a label (no colon, no caption markup) is weaker evidence than a heading or a real label.
  const source = explicit || caption ? 'sibling' : 'word';
  // A text taken for a label only for a word in it ("电话沟通 12 分钟") must be followed by such a value.
  const fits = (value: string) => explicit || caption || !kind || isPlausibleValue(kind, value);
  // The value follows as a text node (`<b>Phone:</b> 555-0100`), as the next element, or beside the parent.
  const nextText = element.nextSibling?.nodeType === 3 ? clean(element.nextSibling.nodeValue) : '';
  if (nextText) {
    if (fits(nextText)) add(result, text, nextText, source, element.parentElement ?? undefined);
    return;
  }
  const next = valueAfter(element);
  // A value is the text of its own element: a container of several texts is a group of fields, read one by one.
  if (next && !isControl(next) && next.tagName !== 'LABEL' && textPieces(next) <= 2) {
    const value = shownValue(next);
    if (value && value.length <= 300 && value !== text && !(looksLikeLabel(value) && /[:：]$/.test(value)) && fits(value))
      add(result, text, value, source, next);
  }
}

/** The element after a caption, skipping empty separators (dividers, spacers) between them. */
function valueAfter(element: Element): Element | null {
  let next = nextShown(element) ?? (element.parentElement?.childElementCount === 1 ? nextShown(element.parentElement) : null);
  for (
    let hops = 0;
    next && hops < 2 && !isControl(next) && textPieces(next) === 0 && !next.querySelector('input, select, textarea');
    hops++
  )
    next = nextShown(next);
  return next;
}

/** The next sibling element that shows something (CSS-in-JS kits put <style> tags between elements). */
function nextShown(element: Element): Element | null {
  let next = element.nextElementSibling;
  while (next && SKIPPED_TAGS.has(next.tagName)) next = next.nextElementSibling;
  return next;
}

const FEED_TITLE = /^((recent )?activit(y|ies)|timeline|history|feed|updates|(最近)?动态|(跟进|活动|沟通|历史)记录)$/i;

/** Inside an activity feed: a timeline by class, or a section under a feed title ("Activity", "动态"). */
function inFeed(element: Element): boolean {
  if (element.closest(FEED)) return true;
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < 5; depth++, ancestor = ancestor.parentElement) {
    const first = ancestor.firstElementChild;
    if (first && first !== element && /^H[1-6]$/.test(first.tagName) && FEED_TITLE.test(clean(first.textContent, 40))) return true;
  }
  return false;
}

/** "Label: value" in text is a field, unless it is an entry of an activity feed ("Call: left a voicemail"). */
function isFieldPair(label: string, value: string, element: Element): boolean {
  if (!inFeed(element)) return true;
  const kind = kindOfLabel(stripLabel(label));
  return kind !== undefined && isPlausibleValue(kind, value);
}

/** Three digits in a row (ASCII or full-width): a text without them holds no phone number. */
const DIGIT_RUN = /[0-9\uff10-\uff19]{3}/;

export function scanText(root: Document | ShadowRoot, result: ScanResult): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((++seen & 1023) === 0 && performance.now() > result.deadline) {
      result.truncated = true;
      return;
    }
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || text.length > 400 || SKIPPED_TAGS.has(parent.tagName)) continue; // text of <title>, <style>...
    if (parent.childElementCount === 0) {
      // A single text child is the element's whole text: no need to ask for textContent.
      if (node === parent.firstChild) visitLeaf(parent, node.nextSibling ? (parent.textContent ?? '') : text, result);
    } else if (text.length >= 4 && (text.includes(':') || text.includes('：'))) {
      // "Customer: Ahmed Khan" as loose text among <br>s.
      const inline = INLINE_PAIR.exec(clean(text, 400));
      if (inline && looksLikeLabel(inline[1] ?? '') && isFieldPair(inline[1] ?? '', inline[2] ?? '', parent))
        add(result, inline[1] ?? '', inline[2] ?? '', 'text', parent);
    } else if (endsWithAt(text)) {
      // "VP Operations at <a>Acme</a>": the name after "at" is the employer.
      let next = node.nextSibling;
      while (next && (next.nodeType === 8 || SKIPPED_TAGS.has((next as Element).tagName ?? ''))) next = next.nextSibling;
      if (next?.nodeType === 1) visitEmployer(next as Element, result);
    }
    if (text.length < 7 || result.textPhones.length >= 60 || !DIGIT_RUN.test(text)) continue;
    const digitsText = toAsciiDigits(text);
    for (const raw of findPhonesInText(digitsText, 5)) {
      // The words right before the number, after the last separator ("Signed in · Support line 1-800...").
      const before =
        digitsText
          .slice(Math.max(0, digitsText.indexOf(raw) - 60), digitsText.indexOf(raw))
          .split(/[·|,;，；。\n]/)
          .pop() ?? '';
      const label = stripLabel(clean(before, 60));
      // A type word beside the number ("Work", "手机") describes it.
      const typed = label && looksLikeLabel(label) ? label : phoneTypeBeside(clean(text.replace(raw, '')));
      result.textPhones.push({ raw, label: typed, element: parent });
    }
  }
}

function visitEmployer(element: Element, result: ScanResult): void {
  if (textPieces(element) !== 1) return;
  const value = clean(element.textContent, 200);
  if (value.length >= 2 && value.length <= 80 && !/\d{3}/.test(value)) add(result, '', value, 'text', element, 'company');
}

/** "… at " or "… @" right before an element; no allocation, since it runs for every text of a big page. */
function endsWithAt(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 32) end--;
  if (end < 0) return false;
  if (text[end] === '@') return true;
  return (
    (text[end] === 't' || text[end] === 'T') &&
    (text[end - 1] === 'a' || text[end - 1] === 'A') &&
    (end < 2 || text.charCodeAt(end - 2) <= 32)
  );
}
