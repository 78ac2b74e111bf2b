import * as z from 'zod/mini';
import type { ObjectionRecord } from '../db/records';

export const objectionCategorySchema = z.enum([
  'renewal',
  'price',
  'need',
  'timing',
  'information',
  'trust',
  'competitor',
  'decision',
  'optOut',
]);
export type ObjectionCategory = z.infer<typeof objectionCategorySchema>;
export const OBJECTION_CATEGORIES = objectionCategorySchema.options;

/** Default content as written in lib/objections/defaults: ids are derived when seeding. */
export interface DefaultObjection {
  key: string;
  category: ObjectionCategory;
  /** Industries it is specific to; none means it fits any call. */
  industries?: readonly ('car-insurance' | 'home-renovation')[];
  title: string;
  keywords: readonly string[];
  rebuttals: readonly string[];
}

/** What the editor and an import may write: the stored record, validated. */
export const objectionInputSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  category: z.string().check(z.minLength(1), z.maxLength(60)),
  locale: z.string().check(z.minLength(2), z.maxLength(10)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  keywords: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))).check(z.maxLength(40)),
  rebuttals: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(140)),
        text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  updatedAt: z.number(),
});

export function toObjectionRecords(locale: string, defaults: readonly DefaultObjection[], now: number): ObjectionRecord[] {
  return defaults.map((objection) => {
    const id = `default-${locale}-${objection.key}`;
    return {
      id,
      category: objection.category,
      locale,
      title: objection.title,
      keywords: [...objection.keywords],
      rebuttals: objection.rebuttals.map((text, index) => ({ id: `${id}-r${index + 1}`, text })),
      updatedAt: now,
    };
  });
}
