import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FirstPaint } from '../../../components/sidepanel/FirstPaint';

const today = { dials: 1234, connects: 56, effective: 30, quotes: 12, deals: 3, revenue: 4500, talkSeconds: 3725, byOutcome: {} };

// The panel's first frame, painted from one raw read before the full panel loads: Today's
// numbers in the rep's language under the same shell the full panel draws.
describe('side panel first frame', () => {
  it("shows today's numbers and the Call section in English", () => {
    render(<FirstPaint language="en" industry="other" today={today} />);
    const region = screen.getByRole('region', { name: 'Today' });
    expect(within(region).getByText('1,234')).toBeTruthy();
    expect(within(region).getByText('1:02:05')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Call' })).toBeTruthy();
    expect(within(screen.getByRole('navigation')).getByRole('button', { name: 'Call' })).toBeTruthy();
  });

  it('speaks Chinese for a zh-CN rep', () => {
    render(<FirstPaint language="zh-CN" industry="car-insurance" today={today} />);
    expect(screen.getByRole('region', { name: '今日' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '通话' })).toBeTruthy();
  });
});
