// Strings for the team domain. `zh` is typed against `en`, so a missing translation fails typecheck.
const en = {} as const;

const zh: Record<keyof typeof en, string> = {};

export const teamMessages = { en, 'zh-CN': zh };
