/**
 * Script lines are plain text with {{variable}} placeholders. Filling returns
 * segments instead of a string so the UI renders values as text (never HTML)
 * and shows each missing value as a visible gap the rep can click and fill.
 */
export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'value'; key: string; text: string } | { kind: 'gap'; key: string };

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

export type ValueLookup = (key: string) => string | undefined;

export function fillTemplate(template: string, lookup: ValueLookup): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: template.slice(last, index) });
    const key = match[1] ?? '';
    const value = lookup(key)?.trim();
    segments.push(value ? { kind: 'value', key, text: value } : { kind: 'gap', key });
    last = index + match[0].length;
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return segments;
}

/** Variable keys used in a template, in order, without repeats. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}
