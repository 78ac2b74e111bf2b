// The objection library of one language as a file (callside.objections v1):
// to move it to another machine, hand a team's rebuttals to its reps, and
// for the playbook to carry. Ids are kept, so a re-import updates the same
// objections and each rebuttal keeps its usage statistics.
import * as z from 'zod/mini';
import { dayKeyOf } from '../calendar';
import { type CallsideDatabase, getDatabase } from '../db/database';
import type { ObjectionRecord } from '../db/records';
import { defineFileFormat, type FileErrorCode, readFile, writeFile } from '../formats/envelope';
import { ok, type Result } from '../result';
import { objectionInputSchema } from './objection-model';
import { listObjections } from './objection-repository';

export const OBJECTIONS_FORMAT = 'callside.objections';
export const OBJECTIONS_VERSION = 1;
/** 5,000 objections with long rebuttals are about 10 MB. */
export const MAX_OBJECTIONS_FILE_BYTES = 20 * 1024 * 1024;

/** One objection as the file holds it: the stored record without its language (the file's) and edit time. */
export const objectionFileEntrySchema = z.object({
  id: objectionInputSchema.shape.id,
  category: objectionInputSchema.shape.category,
  title: objectionInputSchema.shape.title,
  keywords: objectionInputSchema.shape.keywords,
  rebuttals: objectionInputSchema.shape.rebuttals,
});

export const objectionsFileSchema = z
  .object({
    format: z.literal(OBJECTIONS_FORMAT),
    version: z.literal(OBJECTIONS_VERSION),
    exportedAt: z.number(),
    locale: objectionInputSchema.shape.locale,
    objections: z.array(objectionFileEntrySchema).check(z.maxLength(20_000)),
  })
  .check(
    z.refine((file) => new Set(file.objections.map((objection) => objection.id)).size === file.objections.length, {
      message: 'objection ids must be unique',
    }),
  );
export type ObjectionsFile = z.infer<typeof objectionsFileSchema>;

export const objectionsFile = defineFileFormat({
  format: OBJECTIONS_FORMAT,
  version: OBJECTIONS_VERSION,
  maxBytes: MAX_OBJECTIONS_FILE_BYTES,
  schema: objectionsFileSchema,
});

/** The library of one language, as file text. */
export async function exportObjections(locale: string, now: number, db: CallsideDatabase = getDatabase()): Promise<string> {
  const objections = await listObjections(locale, db);
  const file: ObjectionsFile = {
    format: OBJECTIONS_FORMAT,
    version: OBJECTIONS_VERSION,
    exportedAt: now,
    locale,
    objections: objections.map(({ id, category, title, keywords, rebuttals }) => ({ id, category, title, keywords, rebuttals })),
  };
  return writeFile(objectionsFile, file);
}

/** Local day, so a file saved before 08:00 in China carries today's date. */
export const objectionsFileName = (locale: string, now: number) => `callside-objections-${locale}-${dayKeyOf(now)}.json`;

export interface ObjectionsImported {
  locale: string;
  added: number;
  updated: number;
}

/**
 * Reads a whole objections file, then writes it in one transaction: an
 * objection with a known id is replaced, any other added. A bad file changes nothing.
 */
export async function importObjections(
  text: string,
  now: number,
  db: CallsideDatabase = getDatabase(),
  byteLength: number = text.length,
): Promise<Result<ObjectionsImported, FileErrorCode>> {
  const read = readFile(objectionsFile, text, byteLength);
  if (!read.ok) return read;
  const { locale, objections } = read.value;
  const records: ObjectionRecord[] = objections.map((objection) => ({ ...objection, locale, updatedAt: now }));
  const updated = await db.transaction('rw', db.objections, async () => {
    const known = await db.objections.bulkGet(records.map((record) => record.id));
    await db.objections.bulkPut(records);
    return known.filter(Boolean).length;
  });
  return ok({ locale, added: records.length - updated, updated });
}
