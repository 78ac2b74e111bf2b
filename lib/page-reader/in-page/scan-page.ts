// One pass over the page (and its open shadow roots and same-origin iframes)
// that collects label/value candidates. Runs on the CRM page: plain DOM only,
// tag-name checks (iframe elements belong to another realm), no layout reads.
import { clean, isControl, looksLikeLabel, ownText, SKIPPED_TAGS, shownValue, stripLabel } from './dom-text';
import { isPlausibleValue, kindOfIcon, kindOfLabel } from './field-kinds';
import { findPhonesInText, toAsciiDigits } from './phone-text';

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
  textPhones: { raw: string; label?: string }[];
  telLinks: string[];
  emailLinks: string[];
  /** Every searched root: the document, open shadow roots, same-origin iframe documents. */
  roots: (Document | ShadowRoot)[];
  /** True when the time or size budget stopped the scan early (huge pages). */
  truncated: boolean;
}

const SCORE = { mapped: 100, dl: 60, table: 60, label: 60, aria: 50, text: 45, sibling: 40, input: 35, icon: 30, heading: 20 } as const;
const MAX_CANDIDATES = 400;
const MARKUP = /[<>"=]/;
const INLINE_PAIR = /^([^:：]{1,40})[:：]\s*(.{1,300})$/;

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
    scanText(root, result);
    findShadowRoots(root, result, started + budgetMs);
  }
  return result;
}

/** Elements found by attribute: labelled wrappers, aria-labels, icons (one native query instead of one per kind). */
/** Elements recognised by tag (dt, tr, label, controls, links, headings, frames) or by attribute (labelled wrappers, aria-labels, icons). */
const STRUCTURE_SELECTOR =
  'dt, tr, label, input, textarea, select, a[href], h1, h2, iframe, frame, [field-label], [data-label], [aria-label], i, svg, [icon-name], [data-icon], [class*="icon"], [class*="Icon"]';
const TAGGED = new Set(['DT', 'TR', 'LABEL', 'INPUT', 'TEXTAREA', 'SELECT', 'A', 'H1', 'H2', 'IFRAME', 'FRAME']);

/** One native query for every structure the reader knows, instead of one traversal per kind. */
function scanStructure(root: Document | ShadowRoot, result: ScanResult): void {
  for (const element of root.querySelectorAll(STRUCTURE_SELECTOR)) {
    const tag = element.tagName;
    if (TAGGED.has(tag)) visitTagged(element, tag, result);
    if (!element.hasAttributes()) continue;
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
    case 'H1':
    case 'H2':
      visitHeading(element, result);
      return;
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
  if (!cleanValue || cleanValue === cleanLabel) return;
  let kind = kindHint ?? (cleanLabel ? kindOfLabel(cleanLabel) : undefined);
  // A value that cannot be what its label says ("Phone: call after 5") keeps its label, loses the kind.
  if (kind && !isPlausibleValue(kind, cleanValue)) kind = undefined;
  if (!cleanLabel && !kind) return;
  result.candidates.push({ label: cleanLabel, value: cleanValue, kind, source, score: SCORE[source], element });
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
    add(result, cells[0]?.textContent ?? '', shownValue(cells[1] as Element), 'table', cells[1]);
    return;
  }
  // "Label | value | Label | value" rows, common in CRM detail grids.
  if (cells.length >= 4 && cells.length <= 8 && cells.length % 2 === 0) {
    for (let index = 0; index < cells.length; index += 2) {
      const labelCell = cells[index] as Element;
      const text = clean(labelCell.textContent, 60);
      if (labelCell.tagName === 'TH' || /[:：]$/.test(text) || kindOfLabel(stripLabel(text)))
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

function visitHeading(heading: Element, result: ScanResult): void {
  const texts: string[] = [];
  const own = ownText(heading, 120);
  if (own) texts.push(own);
  for (const leaf of heading.querySelectorAll('*')) if (leaf.childElementCount === 0) texts.push(clean(leaf.textContent, 120));
  const inMain = heading.closest('main, [role=main], article') !== null;
  const score = SCORE.heading + (heading.tagName === 'H1' ? 8 : 0) + (inMain ? 4 : 0);
  for (const text of texts) {
    if (!text) continue;
    result.candidates.push({ label: heading.tagName.toLowerCase(), value: text, kind: 'name', source: 'heading', score, element: heading });
  }
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
  const kind = iconKind(icon);
  if (!kind) return;
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
    add(result, inline[1] ?? '', inline[2] ?? '', 'text', element);
    return;
  }
  if (!looksLikeLabel(text) || tag === 'TD' || tag === 'TH') return; // table cells: visitRow
  if (isIcon(element)) return; // ligature icons ("phone") are read as icons
  const explicit = /[:：]$/.test(text);
  const kind = kindOfLabel(stripLabel(text));
  if (!explicit && !kind && !isCaption(element)) return;
  // The value follows as a text node (`<b>Phone:</b> 555-0100`), as the next element, or beside the parent.
  const nextText = element.nextSibling?.nodeType === 3 ? clean(element.nextSibling.nodeValue) : '';
  if (nextText) {
    add(result, text, nextText, 'sibling', element.parentElement ?? undefined);
    return;
  }
  const next =
    element.nextElementSibling ?? (element.parentElement?.childElementCount === 1 ? element.parentElement.nextElementSibling : null);
  if (next && !isControl(next) && next.tagName !== 'LABEL' && !next.querySelector('input, select, textarea')) {
    const value = shownValue(next);
    if (value && value.length <= 300 && value !== text && !(looksLikeLabel(value) && /[:：]$/.test(value)))
      add(result, text, value, 'sibling', next);
  }
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
      if (inline && looksLikeLabel(inline[1] ?? '')) add(result, inline[1] ?? '', inline[2] ?? '', 'text', parent);
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
      result.textPhones.push({ raw, label: label && looksLikeLabel(label) ? label : undefined });
    }
  }
}
