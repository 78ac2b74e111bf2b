// The one result shape of the project: a value, or an error with a `code` that
// the UI translates. Used across message boundaries, file readers and flows
// instead of exceptions.

export interface Failure<C extends string = string> {
  code: C;
  /** Developer detail (never shown untranslated); optional. */
  detail?: string;
  /** Values the translated message needs ({version}, {line}, ...). */
  params?: Record<string, string | number>;
}

export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; error: Failure<C> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <C extends string>(code: C, extra: Omit<Failure<C>, 'code'> = {}): { ok: false; error: Failure<C> } => ({
  ok: false,
  error: { code, ...extra },
});
