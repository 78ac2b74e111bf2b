import { type CallsideDatabase, getDatabase } from '../db/database';
import type { ObjectionRecord } from '../db/records';
import { objectionInputSchema } from './objection-model';

/** The library for one language, in a stable order (category, then title). */
export async function listObjections(locale: string, db: CallsideDatabase = getDatabase()): Promise<ObjectionRecord[]> {
  const records = await db.objections.where('locale').equals(locale).toArray();
  return records.sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title, locale));
}

/** Validates the whole objection before writing; throws a ZodError on bad input. */
export async function saveObjection(
  objection: ObjectionRecord,
  db: CallsideDatabase = getDatabase(),
  now: number = Date.now(),
): Promise<ObjectionRecord> {
  const valid = objectionInputSchema.parse({ ...objection, updatedAt: now });
  await db.objections.put(valid);
  return valid;
}

export async function deleteObjection(objectionId: string, db: CallsideDatabase = getDatabase()): Promise<void> {
  await db.objections.delete(objectionId);
}

export function newObjection(locale: string, category: string, now: number): ObjectionRecord {
  const id = crypto.randomUUID();
  return { id, category, locale, title: '', keywords: [], rebuttals: [{ id: `${id}-r1`, text: '' }], updatedAt: now };
}
