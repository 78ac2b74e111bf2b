/**
 * Values the rep typed into script gaps, per CRM record (its URL), for as long
 * as the panel is open: they belong to this call, not to the CRM, so they are
 * not stored. Kept outside the component so switching panel sections keeps them.
 */
const valuesByRecord = new Map<string, Readonly<Record<string, string>>>();

export function typedValuesFor(recordKey: string): Readonly<Record<string, string>> {
  return valuesByRecord.get(recordKey) ?? {};
}

export function setTypedValue(recordKey: string, variable: string, value: string): Readonly<Record<string, string>> {
  const next = { ...typedValuesFor(recordKey), [variable]: value };
  valuesByRecord.set(recordKey, next);
  return next;
}
