import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../../lib/db/database';
import { FIRST_PAINT_DATABASE, firstPaintFrom, readFirstPaint } from '../../../lib/db/raw-read';
import { defaultProfile, saveProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

const rollup = {
  day: '2026-12-01',
  dials: 12,
  connects: 7,
  effective: 4,
  quotes: 2,
  deals: 1,
  revenue: 3200,
  talkSeconds: 900,
  byOutcome: { deal: 1 },
};
const onboarded = {
  key: 'profile',
  value: { ...defaultProfile('en-US'), language: 'zh-CN', theme: 'dark', industry: 'car-insurance', onboardedAt: 1 },
};

describe('first paint from one raw IndexedDB read', () => {
  it('opens the database Dexie owns', () => {
    expect(FIRST_PAINT_DATABASE).toBe(DATABASE_NAME);
  });

  it("paints an onboarded rep's language, theme, trade and today's totals", () => {
    expect(firstPaintFrom(onboarded, rollup, 'en-US')).toEqual({
      language: 'zh-CN',
      theme: 'dark',
      industry: 'car-insurance',
      today: {
        dials: 12,
        connects: 7,
        effective: 4,
        quotes: 2,
        deals: 1,
        revenue: 3200,
        talkSeconds: 900,
        byOutcome: { deal: 1 },
        day: '2026-12-01',
      },
    });
  });

  it('shows zeros on a day without calls and follows the browser when the language is auto', () => {
    const auto = { key: 'profile', value: { ...onboarded.value, language: 'auto' } };
    const first = firstPaintFrom(auto, undefined, 'zh-TW');
    expect(first?.language).toBe('zh-CN');
    expect(first?.today.dials).toBe(0);
    expect(firstPaintFrom(auto, undefined, 'de-DE')?.language).toBe('en');
  });

  it('leaves first run and data that does not look right to the full panel', () => {
    expect(firstPaintFrom(undefined, rollup, 'en')).toBeUndefined();
    expect(firstPaintFrom({ key: 'profile', value: { ...onboarded.value, onboardedAt: undefined } }, rollup, 'en')).toBeUndefined();
    expect(firstPaintFrom({ key: 'profile', value: 'garbage' }, rollup, 'en')).toBeUndefined();
    expect(firstPaintFrom(onboarded, { ...rollup, dials: 'many' }, 'en')).toBeUndefined();
    expect(firstPaintFrom(onboarded, { ...rollup, revenue: Number.POSITIVE_INFINITY }, 'en')).toBeUndefined();
  });

  it('never creates a database that does not exist yet', async () => {
    const name = `callside-absent-${Math.random().toString(36).slice(2)}`;
    expect(await readFirstPaint('2026-12-01', 'en', name)).toBeUndefined();
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain(name);
  });

  it('reads the profile and the day rollup Dexie wrote, and never blocks a later Dexie open', async () => {
    const db = freshDatabase();
    await saveProfile({ ...defaultProfile('en-US'), repName: 'Ana', onboardedAt: 5 }, db);
    await db.rollups.put(rollup);
    db.close();
    const first = await readFirstPaint('2026-12-01', 'en-US', db.name);
    expect(first?.language).toBe('en');
    expect(first?.today.dials).toBe(12);
    expect(await readFirstPaint('2026-12-02', 'en-US', db.name)).toMatchObject({ today: { dials: 0 } });
    await db.open();
    expect(await db.rollups.count()).toBe(1);
    db.close();
  });
});
