import type { PageContext } from '../page-reader/page-context';
import type { Profile } from '../settings/settings';
import type { ScriptVariable } from './script-model';
import type { ValueLookup } from './template';

/** Variables every script can use without declaring them. */
export const BUILT_IN_VARIABLES = ['customerName', 'phone', 'company', 'status', 'repName', 'team'] as const;
export type BuiltInVariable = (typeof BUILT_IN_VARIABLES)[number];

export function isBuiltInVariable(key: string): key is BuiltInVariable {
  return (BUILT_IN_VARIABLES as readonly string[]).includes(key);
}

/** "车牌号：" and "Plate number" both compare as their bare lower-case words. */
const normaliseLabel = (label: string) =>
  label
    .toLowerCase()
    .replace(/[\s:：*]+/g, ' ')
    .trim();

export interface VariableSources {
  page?: PageContext;
  profile?: Pick<Profile, 'repName' | 'team'>;
  /** Values the rep typed into gaps for this record. */
  typed?: Readonly<Record<string, string>>;
  variables: readonly ScriptVariable[];
}

/**
 * Resolves a variable: what the rep typed wins, then the page (built-ins,
 * fields mapped with the picker, fields whose label matches), then the profile.
 */
export function createValueLookup({ page, profile, typed, variables }: VariableSources): ValueLookup {
  return (key) => {
    const own = typed?.[key]?.trim();
    if (own) return own;
    switch (key) {
      case 'customerName':
        return page?.name;
      case 'phone':
        return page?.phones[0]?.raw;
      case 'company':
        return page?.company;
      case 'status':
        return page?.status;
      case 'repName':
        return profile?.repName || undefined;
      case 'team':
        return profile?.team || undefined;
    }
    if (!page) return undefined;
    const mapped = page.mapped[key];
    if (mapped?.trim()) return mapped;
    const variable = variables.find((candidate) => candidate.key === key);
    const wanted = new Set([key, ...(variable ? [variable.label, ...variable.labels] : [])].map(normaliseLabel));
    for (const [name, value] of Object.entries(page.mapped)) if (wanted.has(normaliseLabel(name)) && value.trim()) return value;
    const field = page.fields.find(
      (candidate) => wanted.has(normaliseLabel(candidate.label)) || (candidate.kind && wanted.has(normaliseLabel(candidate.kind))),
    );
    return field?.value;
  };
}
