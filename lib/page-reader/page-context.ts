import * as z from 'zod/mini';

/** Text from a hostile page is capped so one field cannot flood the panel or storage. */
const pageText = (max: number) => z.string().check(z.maxLength(max));

export const phoneCandidateSchema = z.object({
  /** As written on the page. */
  raw: pageText(64),
  /** Where it was found: tel-link, dl, table, label, text, input, aria, icon, mapped. */
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
  /**
   * The SPA changed route and the new record is not on screen yet (old values
   * still shown, spinner, late fetch): the panel shows "loading", never the
   * previous record's values under the new URL.
   */
  settling: z.optional(z.boolean()),
  /** The reader has the panel's site mappings (false right after a page load, before the panel sent them). */
  mappingsApplied: z.optional(z.boolean()),
  readAt: z.number(),
  /** Time the read took on the page, for the benchmark and diagnostics. */
  readMs: z.number(),
});
export type PageContext = z.infer<typeof pageContextSchema>;

/** A site mapping as the page reader needs it (sent by the panel with each read). */
export const fieldMappingSchema = z.object({
  field: pageText(64),
  pathPattern: pageText(512),
  selector: pageText(1024),
  labelAnchor: z.optional(pageText(120)),
});
export type FieldMapping = z.infer<typeof fieldMappingSchema>;

/** What the field picker returns when the rep clicks an element on the page. */
export const pickedFieldSchema = z.object({
  url: pageText(2048),
  selector: pageText(1024),
  labelAnchor: z.optional(pageText(120)),
  value: pageText(500),
  /** The built-in kind the reader guesses from the element's label, if any. */
  suggestedKind: z.optional(pageText(64)),
});
export type PickedField = z.infer<typeof pickedFieldSchema>;

/** The built-in kinds a mapping can fill; anything else is a custom field name. */
export const BUILT_IN_KINDS = ['name', 'phone', 'email', 'company', 'status'] as const;
export type BuiltInKind = (typeof BUILT_IN_KINDS)[number];
