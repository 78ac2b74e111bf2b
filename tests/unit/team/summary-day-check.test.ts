import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSummaryDay } from '../../../lib/team/summary-day-check';
import { summaryDaySchema } from '../../../lib/team/summary-schema';

/** Days that are mostly valid, with any field now and then replaced by something hostile. */
const hostile = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(-1),
  fc.constant(1.5),
  fc.constant(5001),
  fc.constant(Number.NaN),
  fc.constant(1e11),
  fc.constant('12'),
  fc.constant('25:00'),
  fc.constant('2026-02-30'),
  fc.constant([]),
  fc.constant({}),
);
const rebuttalArbitrary = fc.oneof(
  fc.record({
    rebuttalId: fc.oneof(fc.constantFrom('price-1', '', 'x'.repeat(200), 'x'.repeat(201)), hostile),
    used: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    quoted: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    deals: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
  }),
  fc.constant({ rebuttalId: 'price-1', used: 1, quoted: 0, deals: 0, text: 'Jordan' }),
  fc.constant({ rebuttalId: 'price-1', used: 1, quoted: 0 }),
  hostile,
);
const dayArbitrary = fc
  .record({
    day: fc.oneof(fc.constantFrom('2026-11-02', '2024-02-29', '2026-02-29', '2026-13-01', 'yesterday'), hostile),
    dials: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    connects: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    effective: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    quotes: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    deals: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    issued: fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile),
    issuedPremium: fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), hostile),
    revenue: fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), hostile),
    talkSeconds: fc.oneof(fc.integer({ min: 0, max: 86_400 }), hostile),
    firstDial: fc.oneof(fc.constantFrom('09:20', '23:59', '00:00', null, '9:20', '24:00'), hostile),
    // The optional fields (absent in older summaries): often left out, sometimes hostile.
    followUpsSet: fc.option(fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile), { nil: undefined }),
    followUpsDue: fc.option(fc.oneof(fc.integer({ min: 0, max: 5000 }), hostile), { nil: undefined }),
    rebuttals: fc.option(fc.oneof(fc.array(rebuttalArbitrary, { maxLength: 4 }), hostile), { nil: undefined }),
  })
  .chain((day) =>
    fc.record({ drop: fc.option(fc.constantFrom(...Object.keys(day)), { nil: undefined }), extra: fc.boolean() }).map(({ drop, extra }) => {
      const copy: Record<string, unknown> = { ...day };
      // fast-check's record keeps undefined values as keys; a missing key is its own case.
      for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
      if (drop) delete copy[drop];
      if (extra) copy.note = 'x';
      return copy;
    }),
  );

describe('the fast day check', () => {
  it('accepts exactly what summaryDaySchema accepts', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        expect(checkSummaryDay(day) === undefined).toBe(summaryDaySchema.safeParse(day).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the field at fault', () => {
    const valid = {
      day: '2026-11-02',
      dials: 1,
      connects: 0,
      effective: 0,
      quotes: 0,
      deals: 0,
      issued: 0,
      issuedPremium: 0,
      revenue: 0,
      talkSeconds: 0,
      firstDial: '09:20',
    };
    expect(checkSummaryDay(valid)).toBeUndefined();
    expect(checkSummaryDay({ ...valid, deals: -1 })).toMatchObject({ field: 'deals' });
    expect(checkSummaryDay({ ...valid, customer: 'Jordan' })).toMatchObject({ field: 'customer' });
  });
});
