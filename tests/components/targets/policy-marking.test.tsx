import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CallLogView } from '../../../components/dashboard/CallLogView';
import { I18nProvider } from '../../../components/shared/i18n';
import { FollowUpsSection } from '../../../components/sidepanel/sections/FollowUpsSection';
import { addCall } from '../../../lib/calls/call-log';
import { seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import type { CallsideDatabase } from '../../../lib/db/database';
import type { Language } from '../../../lib/settings/settings';
import { defaultProfile, type Industry, saveProfile } from '../../../lib/settings/settings';
import { customerCountsFor } from '../../../lib/targets';
import { freshDatabase } from '../../helpers/db';
import { fakePanelServices } from '../../helpers/panel-services';
import { makeCall } from '../../unit/calls/call-factory';

// Pinned clock: 26 November 2026, 10:00 local.
const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const DEAL = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;

async function seedLog(industry: Industry) {
  const db = freshDatabase();
  await seedDefaultOutcomes(db);
  await saveProfile({ ...defaultProfile('en'), industry }, db);
  await addCall(makeCall({ id: 'deal', startedAt: T0, outcomeId: 'deal', flags: DEAL, amount: 4200, customerName: 'Li Lei' }), db);
  await addCall(makeCall({ id: 'quote', startedAt: T0 + 60_000, customerName: 'Wang Fang' }), db);
  return db;
}

function renderLog(db: CallsideDatabase, language: Language = 'en') {
  render(
    <I18nProvider language={language}>
      <CallLogView db={db} services={{ db, browserLanguage: 'en-US', now: () => T0 + 3_600_000 }} />
    </I18nProvider>,
  );
}

describe('call log: a deal marked issued or declined (承保)', () => {
  it('shows the deal awaiting issue, marks it issued and undoes it, keyboard only, with the month counts in step', async () => {
    const db = await seedLog('car-insurance');
    renderLog(db);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Calls' });
    const group = await within(table).findByRole('group', { name: /^Policy of Li Lei, / });
    expect(within(group).getByText('Awaiting issue')).toBeTruthy();
    // The quote is not a deal: no policy controls on its row.
    expect(within(table).queryByRole('group', { name: /Wang Fang/ })).toBeNull();

    const issue = within(group).getByRole('button', { name: /^Mark the deal of Li Lei, .* issued$/ });
    issue.focus();
    await user.keyboard('{Enter}');
    await within(table).findByText('Issued');
    await waitFor(async () => expect(await customerCountsFor('2026-11', db)).toMatchObject({ issued: 1, issuedPremium: 4200 }));
    expect((await db.calls.get('deal'))?.updatedAt).toBe(T0 + 3_600_000);
    // Focus follows to the undo button, so a mistaken press is one key away from being undone.
    const undo = within(table).getByRole('button', { name: /^Set the deal of Li Lei, .* back to awaiting issue$/ });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.keyboard('{Enter}');
    await within(table).findByText('Awaiting issue');
    await waitFor(async () =>
      expect(await customerCountsFor('2026-11', db)).toMatchObject({ issued: 0, issuedDeals: 0, issuedPremium: 0 }),
    );

    await user.click(within(table).getByRole('button', { name: /^Mark the deal of Li Lei, .* declined$/ }));
    await within(table).findByText('Declined');
    await waitFor(async () => expect((await customerCountsFor('2026-11', db)).declinedDeals).toBe(1));
    expect((await customerCountsFor('2026-11', db)).issued).toBe(0);
  });

  it('offers no policy column for other industries', async () => {
    const db = await seedLog('home-renovation');
    renderLog(db);
    const table = await screen.findByRole('table', { name: 'Calls' });
    await within(table).findByText('Li Lei');
    expect(within(table).queryByRole('columnheader', { name: 'Policy' })).toBeNull();
    expect(within(table).queryByRole('button', { name: /^Mark the deal of/ })).toBeNull();
  });

  it('speaks Chinese in zh-CN', async () => {
    const db = await seedLog('car-insurance');
    renderLog(db, 'zh-CN');
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('columnheader', { name: '保单' })).toBeTruthy();
    await userEvent.setup().click(within(table).getByRole('button', { name: /^将 Li Lei，.* 的成交标记为已承保$/ }));
    expect(await within(table).findByText('已承保')).toBeTruthy();
  });
});

describe('follow-ups: a deal’s follow-up marks the policy', () => {
  it('marks a followed-up deal declined and back, for an insurance rep only', async () => {
    const services = fakePanelServices({ now: () => T0 });
    const { db } = services;
    await addCall(
      makeCall({ id: 'deal', flags: DEAL, amount: 3000, customerName: 'Zhao Min', followUpAt: T0 - 60_000, followUpDone: 0 }),
      db,
    );
    await addCall(makeCall({ id: 'quote', customerName: 'Sun Li', followUpAt: T0 - 60_000, followUpDone: 0 }), db);
    const section = (industry: Industry) => (
      <I18nProvider language="en">
        <FollowUpsSection
          services={services}
          profile={{ ...defaultProfile('en'), industry }}
          page={{ status: 'reading' }}
          refreshPage={() => undefined}
          draftId="d"
        />
      </I18nProvider>
    );
    const view = render(section('car-insurance'));
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Follow-ups due' });
    const group = await within(region).findByRole('group', { name: 'Policy of Zhao Min' });
    expect(within(region).queryByRole('group', { name: 'Policy of Sun Li' })).toBeNull();
    await user.click(within(group).getByRole('button', { name: 'Mark the deal of Zhao Min declined' }));
    await within(group).findByText('Declined');
    await waitFor(async () => expect((await customerCountsFor('2026-11', db)).declinedDeals).toBe(1));
    await user.click(within(group).getByRole('button', { name: 'Set the deal of Zhao Min back to awaiting issue' }));
    await within(group).findByText('Awaiting issue');
    await user.click(within(group).getByRole('button', { name: 'Mark the deal of Zhao Min issued' }));
    await waitFor(async () =>
      expect(await customerCountsFor('2026-11', db)).toMatchObject({ issued: 1, issuedPremium: 3000, declinedDeals: 0 }),
    );
    // The follow-up itself is still due: marking the policy is not "done".
    expect(within(region).getByText('Zhao Min')).toBeTruthy();

    view.rerender(section('other'));
    await waitFor(() => expect(within(region).queryByRole('group', { name: 'Policy of Zhao Min' })).toBeNull());
    expect(within(region).getByRole('button', { name: 'Mark Zhao Min done' })).toBeTruthy();
  });
});
