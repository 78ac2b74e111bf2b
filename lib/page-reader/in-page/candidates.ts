// What one scan of the page collects, and the one gate every label/value pair
// passes before it becomes a candidate. Runs on the CRM page: plain DOM only.
import { clean, isPageChrome, stripLabel } from './dom-text';
import { inEntryForm } from './entry-forms';
import { COMPANY_SHAPE, isPlausibleValue, kindOfLabel } from './field-kinds';
import { phoneTypeBeside } from './phone-text';

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
  /** When the scan must stop (performance.now()): a read never makes a long task on the host page. */
  deadline: number;
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
export type CandidateSource = keyof typeof SCORE;

export const MAX_CANDIDATES = 400;
const MARKUP = /[<>"={}]/;
/** CSS-in-JS kits leave style text in the body (".css-1x2y{display:flex}"): never a value. */
const CSS_TEXT = /[.#]?[\w-]+\s*\{[^}]*[:;]/;

/** Keeps a label/value pair the page shows, with the kind its label (or a hint) says, unless it is noise. */
export function add(result: ScanResult, label: string, value: string, source: CandidateSource, element?: Element, kindHint?: string): void {
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
