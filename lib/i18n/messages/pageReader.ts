// Strings for the pageReader domain. `zh` is typed against `en`, so a missing translation fails typecheck.
const en = {} as const;

const zh: Record<keyof typeof en, string> = {};

export const pageReaderMessages = { en, 'zh-CN': zh };
