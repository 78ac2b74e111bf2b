import type { targetsEn } from '../en/targets';

// Typed against the English keys: a missing translation fails typecheck.
export const targetsZh: Record<keyof typeof targetsEn, string> = {};
