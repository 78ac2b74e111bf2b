import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { ObjectionRecord } from '../db/records';

/**
 * Objection search while the customer is talking: every keystroke must cost a
 * few milliseconds over thousands of objections. All normalisation (lower
 * case, pinyin in full and as initials) happens once when the index is built;
 * a keystroke is mostly one indexOf per objection over precomputed strings,
 * plus Fuse over the library's vocabulary for typos when exact matches are few.
 */
export interface ObjectionSearchIndex {
  search(query: string, limit?: number): ObjectionRecord[];
  readonly size: number;
}

interface SearchEntry {
  objection: ObjectionRecord;
  /** Title forms (text, pinyin, initials), then keyword forms. */
  titleForms: string[];
  keywordForms: string[];
  /** Every title and keyword form joined, so most entries are rejected with one indexOf. */
  haystack: string;
  rebuttalText: string;
  order: number;
}

const HAN = /[\u3400-\u9fff]/;

/** The text, and for Chinese text its pinyin without spaces and its initials. */
function searchForms(text: string): string[] {
  const lower = text.toLowerCase().trim();
  if (!HAN.test(lower)) return [lower];
  const syllables = pinyin(lower, { toneType: 'none', type: 'array', v: true });
  const initials = pinyin(lower, { pattern: 'first', toneType: 'none', type: 'array', v: true });
  const keep = (parts: string[]) => parts.filter((part) => /^[a-z0-9]+$/.test(part)).join('');
  return [lower, keep(syllables), keep(initials)];
}

export const normaliseQuery = (query: string) => query.toLowerCase().trim().replace(/\s+/g, ' ');

/** 0 exact, 1 prefix, 2 at a word start, 3 anywhere, -1 no match. */
function matchQuality(form: string, query: string): number {
  const index = form.indexOf(query);
  if (index < 0) return -1;
  if (index === 0) return form.length === query.length ? 0 : 1;
  return /[\s\-/(,.，。、]/.test(form[index - 1] ?? '') ? 2 : 3;
}

function bestQuality(forms: readonly string[], query: string, compact: string): number {
  let best = -1;
  for (const form of forms) {
    let quality = matchQuality(form, query);
    // Pinyin forms have no spaces: "jia ge" should match "jiage".
    if (quality < 0 && compact !== query) quality = matchQuality(form, compact);
    if (quality >= 0 && (best < 0 || quality < best)) best = quality;
    if (best === 0) break;
  }
  return best;
}

const WORD_SPLIT = /[\s,.;:!?，。、；：！？“”"'()（）]+/;

export function buildObjectionIndex(objections: readonly ObjectionRecord[]): ObjectionSearchIndex {
  const entries: SearchEntry[] = objections.map((objection, order) => {
    const titleForms = searchForms(objection.title);
    const keywordForms = objection.keywords.flatMap(searchForms);
    return {
      objection,
      titleForms,
      keywordForms,
      haystack: [...titleForms, ...keywordForms].join('\u0001'),
      rebuttalText: objection.rebuttals.map((rebuttal) => rebuttal.text.toLowerCase()).join('\n'),
      order,
    };
  });
  // Typos are matched against the library's vocabulary, not against every
  // objection: a few thousand distinct words cost far less than 5,000 entries.
  const entriesByWord = new Map<string, SearchEntry[]>();
  for (const entry of entries) {
    // Written words only: pinyin forms are already matched exactly, and their long joined strings would slow Fuse down.
    const written = [entry.titleForms[0] ?? '', ...entry.objection.keywords.map((keyword) => keyword.toLowerCase())];
    const words = new Set(
      written.flatMap((form) => form.split(WORD_SPLIT)).filter((word) => word.length >= 3 && word.length <= 24 && !HAN.test(word)),
    );
    for (const word of words) {
      const list = entriesByWord.get(word);
      if (list) list.push(entry);
      else entriesByWord.set(word, [entry]);
    }
  }
  const fuse = new Fuse([...entriesByWord.keys()], { threshold: 0.4, ignoreLocation: true, includeScore: true });

  const fuzzyMatches = (query: string, exclude: ReadonlySet<SearchEntry>) => {
    const words = query.split(' ').filter((word) => word.length >= 3);
    const found = new Map<SearchEntry, { words: number; score: number }>();
    for (const word of words) {
      const seenForWord = new Set<SearchEntry>();
      for (const hit of fuse.search(word, { limit: 5 })) {
        for (const entry of entriesByWord.get(hit.item) ?? []) {
          if (exclude.has(entry) || seenForWord.has(entry)) continue;
          seenForWord.add(entry);
          const current = found.get(entry) ?? { words: 0, score: 0 };
          found.set(entry, { words: current.words + 1, score: current.score + (hit.score ?? 1) });
        }
      }
    }
    return [...found].map(([entry, match]) => ({ entry, score: (words.length - match.words) * 2 + match.score / match.words }));
  };

  return {
    size: entries.length,
    search(rawQuery, limit = 20) {
      const query = normaliseQuery(rawQuery);
      if (!query) return entries.slice(0, limit).map((entry) => entry.objection);
      const compact = query.replace(/ /g, '');
      const words = query.includes(' ') ? query.split(' ') : undefined;
      // Exact tiers have small integer scores: bucket them in library order instead of sorting thousands of hits.
      const buckets: SearchEntry[][] = Array.from({ length: 11 }, () => []);
      for (const entry of entries) {
        const somewhere = entry.haystack.includes(query) || (compact !== query && entry.haystack.includes(compact));
        if (!somewhere) {
          // Every word somewhere ranks after whole-query matches; text inside a rebuttal after that.
          if (words?.every((word) => entry.haystack.includes(word))) buckets[8]!.push(entry);
          else if (query.length >= 2 && entry.rebuttalText.includes(query)) buckets[10]!.push(entry);
          continue;
        }
        // Lower is better: a title match beats the same match in a keyword.
        const title = bestQuality(entry.titleForms, query, compact);
        const keyword = bestQuality(entry.keywordForms, query, compact);
        let score = 9;
        if (title >= 0) score = title * 2;
        if (keyword >= 0) score = Math.min(score, keyword * 2 + 1);
        buckets[score]!.push(entry);
      }
      const ranked = buckets.flat();
      if (ranked.length < limit && query.length >= 3) {
        const fuzzy = fuzzyMatches(query, new Set(ranked));
        fuzzy.sort((a, b) => a.score - b.score || a.entry.order - b.entry.order);
        ranked.push(...fuzzy.map((item) => item.entry));
      }
      return ranked.slice(0, limit).map((entry) => entry.objection);
    },
  };
}
