import { readFileSync } from 'node:fs';

/** Parses a saved page from tests/fixtures into its own document. */
export function loadFixtureDocument(path: string, url = `https://crm.example.com/${path}`): Document {
  const html = readFileSync(`tests/fixtures/${path}`, 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
  return doc;
}
