// One walk over a root's elements: the structures the reader knows by tag
// (dt, tr, label, controls, links, headings, frames) or by attribute (labelled
// wrappers, aria-labels, icons), the open shadow roots, and the places a name
// may sit unmarked (avatar, large text, breadcrumb). A selector list of all of
// these costs Chromium several times this walk on a 10,000-element page: it
// matches every element against every selector, where the walk reads a tag
// and one attribute. Tag-name checks only: iframe elements belong to another realm.
import { add, MAX_CANDIDATES, type ScanResult } from './candidates';
import { clean, isCaption, isControl, looksLikeLabel, shownValue, stripLabel, textPieces } from './dom-text';
import { isPlausibleValue, kindOfIcon, kindOfLabel } from './field-kinds';
import { visitHeading } from './name-candidates';

/** Elements where a name may sit without a heading, gathered by the walk for name-candidates.ts. */
export interface NamePlaces {
  avatars: Element[];
  largeTexts: Element[];
  trails: Element[];
}

const TAGGED = new Set(['DT', 'TR', 'LABEL', 'INPUT', 'TEXTAREA', 'SELECT', 'A', 'IFRAME', 'FRAME']);
const isHeadingTag = (tag: string) => tag.length === 2 && tag[0] === 'H' && '123456'.includes(tag[1] as string);
const ICON_CLASS = /(^|[\s_-])(icon|material-icons|fa)([\s_-]|$)/i;

function looksLikeIcon(element: Element, tag: string, className: string, iconAttribute: boolean): boolean {
  if (tag === 'I' || tag === 'SVG' || tag === 'svg' || tag.endsWith('-ICON') || iconAttribute) return true;
  return ICON_CLASS.test(className) && element.childElementCount <= 1;
}

export const isIcon = (element: Element): boolean =>
  looksLikeIcon(
    element,
    element.tagName,
    element.getAttribute('class') ?? '',
    element.hasAttribute('icon-name') || element.hasAttribute('data-icon'),
  );

/** Walks the root's elements; returns its open shadow roots (searched after it, in document order). */
export function scanStructure(root: Document | ShadowRoot, result: ScanResult, places: NamePlaces): ShadowRoot[] {
  const shadows: ShadowRoot[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((++seen & 1023) === 0 && performance.now() > result.deadline) {
      result.truncated = true;
      break;
    }
    const element = node as Element;
    const shadow = element.shadowRoot;
    if (shadow) shadows.push(shadow);
    const tag = element.tagName;
    const heading = isHeadingTag(tag);
    const tagged = TAGGED.has(tag);
    if (tagged) visitTagged(element, tag, result);
    else if (heading) visitHeading(element, result.candidates);
    if (!element.hasAttributes()) continue;
    const classAttribute = element.getAttribute('class');
    const className = classAttribute ?? '';
    // Most elements carry a class and nothing else: the rarer attributes are looked up only when there are more.
    const more = element.attributes.length > (classAttribute === null ? 0 : 1);
    if (className.includes('vatar') || (tag === 'SPAN' && className.includes('rounded-full'))) places.avatars.push(element);
    if (className.includes('xl') || (more && element.getAttribute('style')?.includes('font-size'))) places.largeTexts.push(element);
    if (className.includes('readcrumb')) places.trails.push(element);
    const iconClass = className.includes('icon') || className.includes('Icon');
    // What the reader looks for by attribute; anything else with only a class is passed over.
    if (!more && !iconClass && !tagged && !heading && tag !== 'I' && tag !== 'svg') continue;
    const role = more ? element.getAttribute('role') : null;
    if (!heading && role === 'heading') visitHeading(element, result.candidates);
    // Component frameworks often carry the label as an attribute of the field wrapper.
    const attributeLabel = more ? (element.getAttribute('field-label') ?? element.getAttribute('data-label')) : null;
    if (attributeLabel) add(result, attributeLabel, shownValue(element), 'aria', element);
    const ariaLabel = more ? element.getAttribute('aria-label') : null;
    if (ariaLabel && !isControl(element)) visitAriaLabel(element, ariaLabel, result);
    const iconAttribute = more && (element.hasAttribute('icon-name') || element.hasAttribute('data-icon'));
    const known = iconClass || iconAttribute || tagged || heading || tag === 'I' || tag === 'svg' || role === 'heading';
    if ((known || ariaLabel !== null || attributeLabel !== null) && looksLikeIcon(element, tag, className, iconAttribute))
      visitIcon(element, result);
  }
  return shadows;
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
    default:
      try {
        // Cross-origin frames throw or return null: they are simply not read.
        const inner = (element as HTMLIFrameElement).contentDocument;
        if (inner?.documentElement) result.roots.push(inner);
      } catch {}
  }
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
  const count = row.childElementCount;
  // Label/value rows have 2 cells, or 4 to 8 in pairs; a record list's rows (often 5 or more) are skipped at once.
  if (count !== 2 && (count < 4 || count > 8 || count % 2 !== 0)) return;
  const cells = row.children;
  if (count === 2) {
    if (cells[1]?.tagName === 'TH') return; // a header row of a two-column table
    if (cells[0]?.tagName === 'TD' && hasColumnHeaders(row)) return; // a record list, e.g. a call history
    if (textPieces(cells[0] as Element) > 1) return; // each cell holds its own label and value: read inside the cells
    add(result, cells[0]?.textContent ?? '', shownValue(cells[1] as Element), 'table', cells[1]);
    return;
  }
  // "Label | value | Label | value" rows, common in CRM detail grids.
  for (let index = 0; index < count; index += 2) {
    const labelCell = cells[index] as Element;
    if (textPieces(labelCell) > 1) continue;
    const text = clean(labelCell.textContent, 60);
    if (labelCell.tagName === 'TH' || /[:：]$/.test(text) || isCaption(labelCell) || kindOfLabel(stripLabel(text)))
      add(result, text, shownValue(cells[index + 1] as Element), 'table', cells[index + 1]);
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
  const label = clean(ariaLabel, 120);
  if (!looksLikeLabel(label) || !kindOfLabel(stripLabel(label))) return;
  const value = clean(element.textContent);
  if (value && value.length <= 200) add(result, label, value, 'aria', element);
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
  // An icon names no label, so a value that cannot be its kind (a phone icon beside "Left voicemail") is nothing.
  if (value && isPlausibleValue(kind, value)) add(result, '', value, 'icon', valueElement ?? icon.parentElement ?? undefined, kind);
}
