// One scan of the page (and its open shadow roots and same-origin iframes)
// that collects label/value candidates: per root, one walk over its elements
// (scan-structure.ts) and one over its text (scan-text.ts). No layout reads,
// no computed styles, no selector run over the whole page per field.
import type { ScanResult } from './candidates';
import { findUnmarkedNames } from './name-candidates';
import { type NamePlaces, scanStructure } from './scan-structure';
import { scanText } from './scan-text';

export type { Candidate, ScanResult } from './candidates';

/** Scans every root in turn; past `budgetMs` it stops (truncated) rather than hold the host page's main thread. */
export function scanPage(doc: Document, budgetMs = 40): ScanResult {
  const result: ScanResult = {
    candidates: [],
    textPhones: [],
    telLinks: [],
    emailLinks: [],
    roots: [doc],
    truncated: false,
    deadline: performance.now() + budgetMs,
  };
  for (let index = 0; index < result.roots.length && !result.truncated; index++) {
    if (index > 0 && performance.now() > result.deadline) {
      result.truncated = true;
      break;
    }
    const root = result.roots[index] as Document | ShadowRoot;
    const places: NamePlaces = { avatars: [], largeTexts: [], trails: [] };
    const shadows = scanStructure(root, result, places);
    findUnmarkedNames(places, result.candidates);
    scanText(root, result);
    result.roots.push(...shadows);
  }
  return result;
}
