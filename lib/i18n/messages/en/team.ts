// Strings for the team domain.
export const teamEn = {} as const;
