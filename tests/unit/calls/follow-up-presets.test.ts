import { describe, expect, it } from 'vitest';
import { followUpPresets } from '../../../lib/calls/follow-up-presets';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('follow-up presets', () => {
  it('offers later today, tomorrow morning and afternoon, and next Monday morning', () => {
    // Thursday 26 November 2026, 14:03.
    const presets = followUpPresets(at(26, 14, 3));
    expect(Object.fromEntries(presets.map((preset) => [preset.id, preset.at]))).toEqual({
      'in-1h': at(26, 15, 5),
      'in-3h': at(26, 17, 5),
      'tomorrow-10': at(27, 10),
      'tomorrow-15': at(27, 15),
      'monday-10': at(30, 10),
    });
  });

  it('crosses a month end, and on a Monday offers the next Monday, not today', () => {
    const presets = followUpPresets(at(30, 9));
    expect(presets.find((preset) => preset.id === 'tomorrow-10')?.at).toBe(new Date(2026, 11, 1, 10).getTime());
    expect(presets.find((preset) => preset.id === 'monday-10')?.at).toBe(new Date(2026, 11, 7, 10).getTime());
  });
});
