// Choosing the customer's name among the places a page may show it, and the
// status badge beside it. Texts the site shows on every record (its name,
// section titles) are learnt as the rep moves between records and never chosen.

import type { Candidate } from './candidates';
import { clean, isPageChrome, textPieces } from './dom-text';
import { isPageWide, NAME_SOURCES } from './name-candidates';

/**
 * Scores the name candidates in place: the page title corroborates a name it
 * contains (but a title that is only this text is the app's name), and a text
 * that appears as a name in several places (heading, breadcrumb, avatar) is
 * more likely the record's.
 */
export function rankNames(candidates: Candidate[], title: string, siteChrome: ReadonlySet<string>): void {
  const sources = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    if (!NAME_SOURCES.has(candidate.source)) continue;
    const seen = sources.get(candidate.value) ?? new Set<string>();
    seen.add(candidate.source);
    sources.set(candidate.value, seen);
  }
  for (const candidate of candidates) {
    if (!NAME_SOURCES.has(candidate.source)) continue;
    if (siteChrome.has(candidate.value)) {
      candidate.kind = undefined;
      continue;
    }
    if (title === candidate.value) candidate.score -= 10;
    else if (title.includes(candidate.value)) candidate.score += 12;
    candidate.score += 6 * ((sources.get(candidate.value)?.size ?? 1) - 1);
  }
}

const BADGE = '[class*="badge" i], [class*="chip" i], [class*="tag" i], [class*="rounded"][class*="text-xs"]';

/** A short badge (tag, chip, pill) next to the record's name: its status, when no label says so. */
export function statusBesideName(nameElement: Element | undefined): string | undefined {
  let ancestor = nameElement?.parentElement;
  for (let depth = 0; ancestor && depth < 3 && !isPageWide(ancestor); depth++, ancestor = ancestor.parentElement) {
    for (const badge of ancestor.querySelectorAll(BADGE)) {
      if (badge.contains(nameElement as Element) || textPieces(badge) !== 1 || isPageChrome(badge)) continue;
      const text = clean(badge.textContent, 60);
      if (text.length >= 2 && text.length <= 30 && !/\d{3}|@/.test(text) && text !== clean(nameElement?.textContent)) return text;
    }
  }
  return undefined;
}
