import * as z from 'zod/mini';

/** Text from a hostile page is capped so one field cannot flood the panel or storage. */
const pageText = (max: number) => z.string().check(z.maxLength(max));

export const phoneCandidateSchema = z.object({
  /** As written on the page. */
  raw: pageText(64),
  /** Where it was found: tel-link, label, text, input, aria, mapped. */
  source: pageText(32),
  label: z.optional(pageText(120)),
});
export type PhoneCandidate = z.infer<typeof phoneCandidateSchema>;

export const pageFieldSchema = z.object({
  label: pageText(120),
  value: pageText(500),
  /** A built-in kind (name, phone, email, company, status) or a mapped custom field name. */
  kind: z.optional(pageText(64)),
  source: pageText(32),
});
export type PageField = z.infer<typeof pageFieldSchema>;

/** What the page reader returns; everything in it came from an untrusted page. */
export const pageContextSchema = z.object({
  url: pageText(2048),
  title: pageText(300),
  name: z.optional(pageText(120)),
  company: z.optional(pageText(200)),
  status: z.optional(pageText(120)),
  phones: z.array(phoneCandidateSchema).check(z.maxLength(20)),
  emails: z.array(pageText(254)).check(z.maxLength(20)),
  fields: z.array(pageFieldSchema).check(z.maxLength(200)),
  /** Custom fields mapped by the rep with the field picker, by name. */
  mapped: z._default(z.record(pageText(64), pageText(500)), {}),
  readAt: z.number(),
  /** Time the read took on the page, for the benchmark and diagnostics. */
  readMs: z.number(),
});
export type PageContext = z.infer<typeof pageContextSchema>;
