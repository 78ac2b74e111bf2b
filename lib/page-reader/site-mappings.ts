// Site mappings: fields the rep picked on a CRM, stored per origin + path
// pattern. The panel sends them to the page reader with each read.
import { type CallsideDatabase, getDatabase } from '../db/database';
import { type SiteMapping, siteMappingSchema } from '../db/records';
import type { FieldMapping, PickedField } from './page-context';

/** Custom names become script variables ({{policyNumber}}): letters, digits, _ only. */
export const CUSTOM_FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_]{0,39}$/u;

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `/contacts/0031x00000AbCdE/view` -> `/contacts/*\/view`: segments that look
 * like record ids (digits, long hex/base62 ids, UUIDs) become `*`.
 */
export function pathPatternFor(url: string): string {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {}
  const segments = path
    .split('/')
    .map((segment) =>
      /\d/.test(segment) && (/^\d+$/.test(segment) || segment.length >= 8 || /^[\w-]*\d[\w-]*$/.test(segment)) ? '*' : segment,
    );
  return segments.join('/') || '/';
}

export async function listSiteMappings(db: CallsideDatabase = getDatabase()): Promise<SiteMapping[]> {
  const all = await db.siteMappings.toArray();
  return all.sort((a, b) => a.origin.localeCompare(b.origin) || a.field.localeCompare(b.field));
}

/** The mappings the page reader needs for a URL (all path patterns of its origin; the reader matches paths). */
export async function mappingsForUrl(url: string, db: CallsideDatabase = getDatabase()): Promise<FieldMapping[]> {
  const origin = originOf(url);
  if (!origin) return [];
  const rows = await db.siteMappings.where('origin').equals(origin).toArray();
  return rows
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map(({ field, pathPattern, selector, labelAnchor }) =>
      labelAnchor ? { field, pathPattern, selector, labelAnchor } : { field, pathPattern, selector },
    );
}

/** Saves a picked element as `field` for this site; one mapping per origin + path pattern + field. */
export async function saveMappingFromPick(
  picked: PickedField,
  field: string,
  db: CallsideDatabase = getDatabase(),
  now = Date.now(),
): Promise<SiteMapping> {
  const origin = originOf(picked.url);
  if (!origin) throw new Error('not a web page');
  const pathPattern = pathPatternFor(picked.url);
  const existing = await db.siteMappings
    .where('origin')
    .equals(origin)
    .filter((row) => row.field === field && row.pathPattern === pathPattern)
    .first();
  return saveSiteMapping(
    {
      id: existing?.id ?? crypto.randomUUID(),
      origin,
      pathPattern,
      field,
      selector: picked.selector,
      labelAnchor: picked.labelAnchor,
      updatedAt: now,
    },
    db,
  );
}

/** Validates whole, then writes. Throws a ZodError on bad input. */
export async function saveSiteMapping(mapping: SiteMapping, db: CallsideDatabase = getDatabase()): Promise<SiteMapping> {
  const valid = siteMappingSchema.parse(mapping);
  if (!valid.labelAnchor) delete valid.labelAnchor;
  await db.siteMappings.put(valid);
  return valid;
}

export async function deleteSiteMapping(id: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.siteMappings.delete(id);
}
