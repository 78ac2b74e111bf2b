import type { teamEn } from '../en/team';

// Typed against the English keys: a missing translation fails typecheck.
export const teamZh: Record<keyof typeof teamEn, string> = {};
