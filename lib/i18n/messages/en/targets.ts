// Strings for the targets domain.
export const targetsEn = {} as const;
