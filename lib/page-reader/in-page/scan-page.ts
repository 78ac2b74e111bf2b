// One pass over the page (and its open shadow roots and same-origin iframes)
// that collects label/value candidates. Runs on the CRM page: plain DOM only,
// tag-name checks (iframe elements belong to another realm), no layout reads.
import { clean, isControl, isPageChrome, looksLikeLabel, SKIPPED_TAGS, shownValue, stripLabel, textPieces } from './dom-text';
import { inEntryForm } from './entry-forms';
import { COMPANY_SHAPE, isPlausibleValue, kindOfIcon, kindOfLabel } from './field-kinds';
import { findUnmarkedNames, visitHeading } from './name-candidates';
import { findPhonesInText, phoneTypeBeside, toAsciiDigits } from './phone-text';

export interface Candidate {
  label: string;
  value: string;
  kind?: string;
  source: string;
  /** Higher wins when several candidates claim the same kind. */
  score: number;
  /** The element showing the value (for the field picker's label anchor); never leaves the page. */
  element?: Element;
}

export interface ScanResult {
  candidates: Candidate[];
  /** Phone numbers written in page text, with the label before them when there is one. */
  textPhones: { raw: string; label?: string; element?: Element }[];
  telLinks: string[];
  emailLinks: string[];
  /** Every searched root: the document, open shadow roots, same-origin iframe documents. */
  roots: (Document | ShadowRoot)[];
  /** True when the time or size budget stopped the scan early (huge pages). */
  truncated: boolean;
}

const SCORE = {
  dl: 60,
  table: 60,
  label: 60,
  aria: 50,
  text: 45,
  sibling: 40,
  input: 35,
  icon: 30,
  word: 22,
  heading: 20,
} as const;
const MAX_CANDIDATES = 400;
const MARKUP = /[<>"={}]/;
/** CSS-in-JS kits leave style text in the body (".css-1x2y{display:flex}"): never a value. */
const CSS_TEXT = /[.#]?[\w-]+\s*\{[^}]*[:;]/;
// "Label: value", but not a clock time inside running text ("last Saturday at 5:57 AM").
const INLINE_PAIR = /^([^:：]{1,40}?)(?<!\d)[:：](?!\d)\s*(.{1,300})$/;
/** Activity feeds and timelines: "Call: left a voicemail" there is an entry, not a field. */
const FEED = '[class*="timeline" i], [class*="activit" i], [class*="feed" i], [class*="histor" i], [class*="comment" i]';

/**
 * Targeted queries (dt, tr, label, controls, links, headings, labelled and
 * icon elements) plus one walk over text nodes: far cheaper on a big page than
 * running script for every element.
 */
export function scanPage(doc: Document, budgetMs = 40): ScanResult {
  const started = performance.now();
  const result: ScanResult = { candidates: [], textPhones: [], telLinks: [], emailLinks: [], roots: [doc], truncated: false };
  for (let index = 0; index < result.roots.length; index++) {
    if (performance.now() - started > budgetMs) {
      result.truncated = true;
      break;
    }
    const root = result.roots[index] as Document | ShadowRoot;
    scanStructure(root, result);
    findUnmarkedNames(root, result.candidates);
    scanText(root, result);
    findShadowRoots(root, result, started + budgetMs);
  }
  return result;
}

/** Elements recognised by tag (dt, tr, label, controls, links, headings, frames) or by attribute (labelled wrappers, aria-labels, icons). */
const STRUCTURE_SELECTOR =
  'dt, tr, label, input, textarea, select, a[href], h1, h2, h3, h4, h5, h6, [role=heading], iframe, frame, [field-label], [data-label], [aria-label], i, svg, [icon-name], [data-icon], [class*="icon"], [class*="Icon"]';
const TAGGED = new Set(['DT', 'TR', 'LABEL', 'INPUT', 'TEXTAREA', 'SELECT', 'A', 'IFRAME', 'FRAME']);
const HEADING_TAG = /^H[1-6]$/;

/** One native query for every structure the reader knows, instead of one traversal per kind. */
function scanStructure(root: Document | ShadowRoot, result: ScanResult): void {
  for (const element of root.querySelectorAll(STRUCTURE_SELECTOR)) {
    const tag = element.tagName;
    const heading = HEADING_TAG.test(tag);
    if (TAGGED.has(tag)) visitTagged(element, tag, result);
    else if (heading) visitHeading(element, result.candidates);
    if (!element.hasAttributes()) continue;
    if (!heading && element.getAttribute('role') === 'heading') visitHeading(element, result.candidates);
    // Component frameworks often carry the label as an attribute of the field wrapper.
    const attributeLabel = element.getAttribute('field-label') ?? element.getAttribute('data-label');
    if (attributeLabel) add(result, attributeLabel, shownValue(element), 'aria', element);
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel && !isControl(element)) visitAriaLabel(element, ariaLabel, result);
    if (isIcon(element)) visitIcon(element, result);
  }
}

/** Elements recognised by their tag alone, met during the walk. */
function visitTagged(element: Element, tag: string, result: ScanResult): void {
  switch (tag) {
    case 'DT': {
      const value = element.nextElementSibling;
      if (value?.tagName === 'DD') add(result, element.textContent ?? '', shownValue(value), 'dl', value);
      return;
    }
    case 'TR':
      visitRow(element, result);
      return;
    case 'LABEL':
      visitLabel(element as HTMLLabelElement, result);
      return;
    case 'INPUT':
    case 'TEXTAREA':
    case 'SELECT':
      visitControl(element, result);
      return;
    case 'A': {
      const href = element.getAttribute('href') ?? '';
      if (/^tel:/i.test(href)) result.telLinks.push(safeDecode(href.slice(4)));
      else if (/^mailto:/i.test(href)) result.emailLinks.push(safeDecode(href.slice(7)).split('?')[0] ?? '');
      return;
    }
    case 'IFRAME':
    case 'FRAME':
      try {
        // Cross-origin frames throw or return null: they are simply not read.
        const inner = (element as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) result.roots.push(inner);
      } catch {}
      return;
  }
}

function add(result: ScanResult, label: string, value: string, source: keyof typeof SCORE, element?: Element, kindHint?: string): void {
  if (result.candidates.length >= MAX_CANDIDATES) return;
  const cleanLabel = stripLabel(clean(label, 120));
  // Markup written as text (`<a href="javascript:...`) is not a field label.
  if (MARKUP.test(cleanLabel)) return;
  const cleanValue = clean(value);
  if (!cleanValue || cleanValue === cleanLabel || (cleanValue.includes('{') && CSS_TEXT.test(cleanValue))) return;
  // A phone type word as the label ("座机", "Fax") names a number when the value is one.
  let kind =
    kindHint ?? (cleanLabel ? (kindOfLabel(cleanLabel) ?? (phoneTypeBeside(cleanLabel) === cleanLabel ? 'phone' : undefined)) : undefined);
  // "客户名称: 杭州恒远贸易有限公司": a name label over a company-shaped value is the company.
  if (kind === 'name' && COMPANY_SHAPE.test(cleanValue)) kind = 'company';
  // A value that cannot be what its label says ("Phone: call after 5") keeps its label, loses the kind.
  if (kind && !isPlausibleValue(kind, cleanValue)) kind = undefined;
  if (!cleanLabel && !kind) return;
  // The app's chrome (menus, banner) and forms for new notes hold no record values (checked last: it walks up the tree).
  if (element && (isPageChrome(element) || inEntryForm(element))) return;
  // A type word beside a number shown by an icon ("606-623-1809 Work") is the number's label.
  const shownLabel = !cleanLabel && kind === 'phone' ? (phoneTypeBeside(cleanValue) ?? '') : cleanLabel;
  result.candidates.push({ label: shownLabel, value: cleanValue, kind, source, score: SCORE[source], element });
}

function safeDecode(text: string): string {
  try {
    return clean(decodeURIComponent(text), 254);
  } catch {
    return clean(text, 254);
  }
}

const columnHeaderTables = new WeakMap<Element, boolean>();

/**
 * A table whose first row is all header cells ("Date | Note") lists records
 * in columns; its rows are not label/value pairs. Cached per table: big pages
 * have many rows.
 */
function hasColumnHeaders(row: Element): boolean {
  const table = row.closest('table');
  if (!table) return false;
  let known = columnHeaderTables.get(table);
  if (known === undefined) {
    const first = table.querySelector('tr');
    known = !!first && first.children.length > 1 && Array.from(first.children).every((cell) => cell.tagName === 'TH');
    columnHeaderTables.set(table, known);
  }
  return known;
}

function visitRow(row: Element, result: ScanResult): void {
  const cells = row.children;
  if (cells.length === 2) {
    if (cells[1]?.tagName === 'TH') return; // a header row of a two-column table
    if (cells[0]?.tagName === 'TD' && hasColumnHeaders(row)) return; // a record list, e.g. a call history
    if (textPieces(cells[0] as Element) > 1) return; // each cell holds its own label and value: read inside the cells
    add(result, cells[0]?.textContent ?? '', shownValue(cells[1] as Element), 'table', cells[1]);
    return;
  }
  // "Label | value | Label | value" rows, common in CRM detail grids.
  if (cells.length >= 4 && cells.length <= 8 && cells.length % 2 === 0) {
    for (let index = 0; index < cells.length; index += 2) {
      const labelCell = cells[index] as Element;
      if (textPieces(labelCell) > 1) continue;
      const text = clean(labelCell.textContent, 60);
      if (labelCell.tagName === 'TH' || /[:：]$/.test(text) || isCaption(labelCell) || kindOfLabel(stripLabel(text)))
        add(result, text, shownValue(cells[index + 1] as Element), 'table', cells[index + 1]);
    }
  }
}

function visitLabel(label: HTMLLabelElement, result: ScanResult): void {
  const forId = label.getAttribute('for');
  const root = label.getRootNode() as Document | ShadowRoot;
  const control = forId ? root.getElementById?.(forId) : label.querySelector('input, select, textarea');
  if (control && isControl(control)) {
    const labelText = clean(label.textContent).replace(shownValue(control), '');
    add(result, labelText, shownValue(control), 'label', control);
  } else if (!control && !forId) {
    // A <label> used as a visual caption: the value is the next element.
    const next = label.nextElementSibling;
    if (next && !isControl(next)) add(result, label.textContent ?? '', shownValue(next), 'label', next);
  }
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'password', 'checkbox', 'radio', 'submit', 'button', 'reset', 'file', 'image', 'search']);

function visitControl(control: Element, result: ScanResult): void {
  if (SKIPPED_INPUT_TYPES.has((control.getAttribute('type') ?? '').toLowerCase())) return;
  if (control.id && (control.getRootNode() as Document).querySelector?.(`label[for="${CSS.escape(control.id)}"]`)) return;
  if (control.closest('label')) return;
  const value = shownValue(control);
  if (!value) return;
  const named =
    control.getAttribute('aria-label') ??
    control.getAttribute('placeholder') ??
    control.getAttribute('name') ??
    control.getAttribute('data-field') ??
    control.id;
  // customer_phone, contactName, lead[email] -> words a label regex can read.
  const label = named
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_[\]\-.]+/g, ' ')
    .trim();
  if (label) add(result, label, value, 'input', control, kindOfLabel(label) ?? kindOfLabel(label.split(' ').pop() ?? ''));
}

function visitAriaLabel(element: Element, ariaLabel: string, result: ScanResult): void {
  const value = clean(element.textContent);
  const label = clean(ariaLabel, 120);
  if (value && value.length <= 200 && looksLikeLabel(label) && kindOfLabel(stripLabel(label))) add(result, label, value, 'aria', element);
}

/** What an icon stands for, from its cheapest hint first (most icons say it in their class). */
function iconKind(element: Element): string | undefined {
  for (const attribute of ['class', 'icon-name', 'data-icon', 'aria-label', 'title']) {
    const hint = element.getAttribute(attribute);
    const kind = hint ? kindOfIcon(hint) : undefined;
    if (kind) return kind;
  }
  // Ligature icon fonts write the icon's name as text: <i class="material-icons">phone</i>.
  const text = element.textContent ?? '';
  return text.length > 0 && text.length < 30 ? kindOfIcon(text) : undefined;
}

function isIcon(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'I' || tag === 'SVG' || tag === 'svg' || tag.endsWith('-ICON')) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('icon-name') || element.hasAttribute('data-icon')) return true;
  const className = element.getAttribute('class') ?? '';
  return /(^|[\s_-])(icon|material-icons|fa)([\s_-]|$)/i.test(className) && element.childElementCount <= 1;
}

/** `<icon phone/> <span>138 0013 8000</span>`: the icon names the value beside it. */
function visitIcon(icon: Element, result: ScanResult): void {
  if (result.candidates.length >= MAX_CANDIDATES) return; // big pages have thousands of icons
  const kind = iconKind(icon);
  // Only phone, email and company icons name a value; most icons on a big page are decoration.
  if (!kind) return;
  let value = '';
  let valueElement: Element | undefined;
  for (let node = icon.nextSibling; node && !value; node = node.nextSibling) {
    if (node.nodeType === 3) value = clean(node.nodeValue);
    else if (node.nodeType === 1) {
      valueElement = node as Element;
      value = shownValue(valueElement);
    }
  }
  if (!value && icon.parentElement) value = clean(icon.parentElement.textContent).replace(clean(icon.textContent), '').trim();
  // The value is the element beside the icon; a type word in it ("Work", "手机") becomes the number's label (add).
  if (value) add(result, '', value, 'icon', valueElement ?? icon.parentElement ?? undefined, kind);
}

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

/** Caption-like markup around a field label (class names or attributes saying so). */
function isCaption(element: Element): boolean {
  const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('data-role') ?? ''}`;
  return /label|caption|field-?name|key|title/i.test(hint) && !/value/i.test(hint);
}

function findShadowRoots(root: Document | ShadowRoot, result: ScanResult, deadline: number): void {
  // No selector finds shadow hosts: one plain loop that reads nothing but .shadowRoot.
  const hosts = root.querySelectorAll('*');
  for (let index = 0; index < hosts.length; index++) {
    const shadow = (hosts[index] as Element).shadowRoot;
    if (shadow) result.roots.push(shadow);
    if ((index & 4095) === 4095 && performance.now() > deadline) {
      result.truncated = true;
      return;
    }
  }
}

/**
 * One walk over text nodes: a text-only element is a possible label or
 * "Label: value" pair; loose text among other elements may hold a pair too;
 * any text may hold phone numbers.
 */
function scanText(root: Document | ShadowRoot, result: ScanResult): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
    if (text.length < 7 || result.textPhones.length >= 60) continue;
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
