// Plural forms through Intl.PluralRules: a message with a count has a `.one`
// and an `.other` key ("1 dial", "2 dials"). Chinese has no plural: its rules
// always answer "other", and its two keys read the same.
import type { MessageKey, MessageParams, Translate } from '../i18n';
import type { Language } from '../settings/settings';

/** A message key's base: `<base>.one` and `<base>.other` are both keys. */
export type PluralBase = {
  [Key in MessageKey]: Key extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const rules = new Map<Language, Intl.PluralRules>();

export function pluralCategory(count: number, language: Language): 'one' | 'other' {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  // English knows "one" and "other"; any other category (none in en or zh) reads as "other".
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/** The count's form of the message; `{value}` is the count as shown (formatted by the caller). */
export function plural(
  t: Translate,
  language: Language,
  base: PluralBase,
  count: number,
  shown: string,
  params: MessageParams = {},
): string {
  return t(`${base}.${pluralCategory(count, language)}` as MessageKey, { ...params, value: shown });
}
