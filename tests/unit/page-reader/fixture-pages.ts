import { readdirSync, readFileSync } from 'node:fs';

/** Parses a saved page; iframe sources are dropped (the test fills frames itself; happy-dom cannot load them). */
function parsePage(file: string, url: string): Document {
  const html = readFileSync(`tests/fixtures/pages/${file}`, 'utf8').replace(/(<iframe[^>]*?)\ssrc=/g, '$1 data-src=');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
  return doc;
}

export interface ExpectedExtraction {
  name?: string;
  company?: string;
  status?: string;
  phones: string[];
  emails?: string[];
  fields: Record<string, string>;
  notPhones?: string[];
  /** Same-origin iframes to fill: element id -> fixture file beside the page. */
  frames?: Record<string, string>;
  /** Site mappings (selectors as data) that must still find their value on this saved page. */
  mappings: { field: string; selector: string; labelAnchor?: string; expected: string }[];
}

export const FIXTURE_PAGES = readdirSync('tests/fixtures/pages')
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''))
  .sort();

export function expectedFor(page: string): ExpectedExtraction {
  return JSON.parse(readFileSync(`tests/fixtures/pages/${page}.expected.json`, 'utf8'));
}

/**
 * Loads a saved page as the browser would show it. Scripts do not run in the
 * unit tests, so what the fixture's inline script builds (an open shadow root)
 * and what the browser loads (same-origin iframes) is built here.
 */
export function loadPage(page: string, url = `https://crm.example.com/pages/${page}/1042`): Document {
  const doc = parsePage(`${page}.html`, url);
  for (const template of doc.querySelectorAll<HTMLTemplateElement>('template[id$="-template"]')) {
    const host = doc.getElementById(template.id.replace(/-template$/, ''));
    host?.attachShadow({ mode: 'open' }).append(template.content.cloneNode(true));
  }
  for (const [id, file] of Object.entries(expectedFor(page).frames ?? {})) {
    const frame = doc.getElementById(id);
    const inner = parsePage(file, url);
    if (frame) Object.defineProperty(frame, 'contentDocument', { value: inner, configurable: true });
  }
  return doc;
}
