// Site mappings on the CRM page: the rep's picked fields, found again by their
// label anchor first (survives re-renders and layout changes), then by selector.

import type { FieldMapping } from '../page-context';
import type { Candidate } from './candidates';
import { clean, shownValue } from './dom-text';
import { NAME_SOURCES } from './name-candidates';

/** `/contacts/*` matches `/contacts/42`; `*` is one path segment, `**` any rest. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  try {
    return new RegExp(`^${source}/?$`).test(path);
  } catch {
    return false;
  }
}

const normaliseLabel = (label: string) =>
  label
    .toLowerCase()
    .replace(/[:：\s]+/g, ' ')
    .trim();

function queryAllRoots(roots: readonly (Document | ShadowRoot)[], selector: string): Element | undefined {
  for (const root of roots) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      return undefined; // a bad selector from an edited mapping: skip it, never throw on the page
    }
  }
  return undefined;
}

/** Value of every mapping that applies to this path, by field name. */
export function resolveMappings(
  mappings: readonly FieldMapping[],
  path: string,
  candidates: readonly Candidate[],
  roots: readonly (Document | ShadowRoot)[],
): Map<string, { value: string; label: string }> {
  const values = new Map<string, { value: string; label: string }>();
  for (const mapping of mappings) {
    if (values.has(mapping.field) || !pathMatches(mapping.pathPattern, path)) continue;
    const anchor = mapping.labelAnchor ? normaliseLabel(mapping.labelAnchor) : undefined;
    const anchored = anchor
      ? candidates.find((candidate) => !NAME_SOURCES.has(candidate.source) && normaliseLabel(candidate.label) === anchor)
      : undefined;
    if (anchored) {
      values.set(mapping.field, { value: anchored.value, label: anchored.label });
      continue;
    }
    const element = queryAllRoots(roots, mapping.selector);
    const value = element ? clean(shownValue(element)) : '';
    if (value) values.set(mapping.field, { value, label: mapping.labelAnchor ?? mapping.field });
  }
  return values;
}
