import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OutcomesEditor } from '../../../components/calls/OutcomesEditor';
import { BackupView } from '../../../components/dashboard/BackupView';
import { CallLogView } from '../../../components/dashboard/CallLogView';
import { I18nProvider } from '../../../components/shared/i18n';
import { FollowUpsSection } from '../../../components/sidepanel/sections/FollowUpsSection';
import { addCall } from '../../../lib/calls/call-log';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import { dayTotals } from '../../../lib/calls/rollups';
import { createBackup } from '../../../lib/formats/backup';
import { defaultProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';
import { fakePanelServices } from '../../helpers/panel-services';
import { makeCall } from '../../unit/calls/call-factory';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const DEAL_FLAGS = { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 } as const;

describe('call log view', () => {
  it('filters by outcome and text, deletes with undo and edits a call', async () => {
    const db = freshDatabase();
    await seedDefaultOutcomes(db);
    await addCall(
      makeCall({ id: 'a', startedAt: T0, outcomeId: 'busy', flags: DEFAULT_OUTCOMES[1]!.flags, durationSec: 0, customerName: 'Wang Fang' }),
      db,
    );
    await addCall(makeCall({ id: 'b', startedAt: T0 + 60_000, outcomeId: 'quoted', customerName: 'Li Lei', notes: 'wants riders' }), db);
    render(<CallLogView db={db} />);
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Calls' });
    await within(table).findByText('Wang Fang');
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'quoted');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Wang Fang')).toBeNull());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search text' }), 'riders');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    await user.clear(screen.getByRole('searchbox', { name: 'Search text' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));

    await user.click(screen.getAllByRole('button', { name: /^Delete call of/ })[0]!);
    await screen.findByText(/^Deleted the call of/);
    expect(await db.calls.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.calls.count()).toBe(2));
    expect((await dayTotals('2026-11-26', db)).dials).toBe(2);

    await user.click(await screen.findByRole('button', { name: /^Edit call of .*10:01/ }));
    const row = screen.getByRole('row', { name: 'Edit call' });
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Outcome' }), 'deal');
    fireEvent.input(within(row).getByRole('textbox', { name: 'Amount' }), { target: { value: '2500' } });
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    await screen.findByText('Call updated.');
    expect(await db.calls.get('b')).toMatchObject({ outcomeId: 'deal', amount: 2500, flags: { deal: 1 } });
    expect(await dayTotals('2026-11-26', db)).toMatchObject({ deals: 1, revenue: 2500 });
  });
});

describe('call log editing', () => {
  async function logWithOneCall() {
    const db = freshDatabase();
    await seedDefaultOutcomes(db);
    await addCall(makeCall({ id: 'b', startedAt: T0, outcomeId: 'deal', flags: DEAL_FLAGS, amount: 100, customerName: 'Li Lei' }), db);
    render(<CallLogView db={db} />);
    await screen.findByText('Li Lei');
    return { db, user: userEvent.setup() };
  }

  it("keeps the typed amount as text, so 99.95 saves as 99.95, and returns focus to the row's Edit button", async () => {
    const { db, user } = await logWithOneCall();
    const edit = screen.getByRole('button', { name: /^Edit call of/ });
    await user.click(edit);
    const row = screen.getByRole('row', { name: 'Edit call' });
    const amount = within(row).getByRole('textbox', { name: 'Amount' });
    await user.clear(amount);
    await user.type(amount, '99.95');
    expect((amount as HTMLInputElement).value).toBe('99.95');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    await screen.findByText('Call updated.');
    expect((await db.calls.get('b'))?.amount).toBe(99.95);
    expect(await dayTotals('2026-11-26', db)).toMatchObject({ revenue: 99.95 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Edit call of/ })));
  });

  it('refuses an amount over the limit with a message and saves nothing', async () => {
    const { db, user } = await logWithOneCall();
    await user.click(screen.getByRole('button', { name: /^Edit call of/ }));
    const row = screen.getByRole('row', { name: 'Edit call' });
    const amount = within(row).getByRole('textbox', { name: 'Amount' });
    await user.clear(amount);
    await user.type(amount, '1e308');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    expect((await within(row).findByRole('alert')).textContent).toMatch(/^Amount is too large/);
    expect(document.activeElement).toBe(amount);
    expect((await db.calls.get('b'))?.amount).toBe(100);
    expect((await dayTotals('2026-11-26', db)).revenue).toBe(100);
    expect(screen.queryByText('Call updated.')).toBeNull();
  });

  it('moves focus to Undo after Delete, and lays the action buttons out in a div, not a flex cell', async () => {
    const { db, user } = await logWithOneCall();
    const del = screen.getByRole('button', { name: /^Delete call of/ });
    const cell = del.closest('td');
    expect(cell?.classList.contains('row')).toBe(false);
    expect(del.parentElement?.tagName).toBe('DIV');
    await user.click(del);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(await db.calls.count()).toBe(0);
  });
});

describe('follow-ups section', () => {
  it('lists due follow-ups, overdue first, with snooze and done', async () => {
    const services = fakePanelServices({ now: () => T0 });
    await addCall(makeCall({ id: 'late', customerName: 'Wang Fang', followUpAt: T0 - 3600_000, followUpDone: 0 }), services.db);
    await addCall(makeCall({ id: 'soon', customerName: 'Li Lei', followUpAt: T0 + 3600_000, followUpDone: 0 }), services.db);
    await addCall(makeCall({ id: 'later', customerName: 'Next Week', followUpAt: T0 + 7 * 86_400_000, followUpDone: 0 }), services.db);
    render(
      <I18nProvider language="en">
        <FollowUpsSection
          services={services}
          profile={defaultProfile('en')}
          page={{ status: 'reading' }}
          refreshPage={() => undefined}
          draftId="d"
        />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Follow-ups due' });
    await within(region).findByText('Wang Fang');
    expect(within(region).getByText('Overdue')).toBeTruthy();
    expect(within(region).queryByText('Next Week')).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Mark Wang Fang done' }));
    await waitFor(() => expect(within(region).queryByText('Wang Fang')).toBeNull());
    // Focus moves on to the next item instead of falling to <body>.
    await waitFor(() => expect(document.activeElement).toBe(within(region).getByRole('button', { name: 'Mark Li Lei done' })));
    await user.click(within(region).getByRole('button', { name: 'Snooze Li Lei 1 hour' }));
    await waitFor(async () => expect((await services.db.calls.get('soon'))?.followUpAt).toBe(T0 + 3600_000));
    await user.click(within(region).getByRole('button', { name: 'Mark Li Lei done' }));
    const empty = await within(region).findByText('No follow-ups due today.');
    await waitFor(() => expect(document.activeElement).toBe(empty));
  });
});

describe('backup view', () => {
  it('warns about personal data and rejects a foreign file without changing anything', async () => {
    const db = freshDatabase();
    await addCall(makeCall(), db);
    render(
      <I18nProvider language="en">
        <BackupView db={db} />
      </I18nProvider>,
    );
    expect(screen.getByText(/holds personal data/)).toBeTruthy();
    const user = userEvent.setup();
    const file = new File([JSON.stringify({ format: 'callside.summary', version: 1 })], 'summary.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Backup file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('it is not a Callside backup (format "callside.summary")');
    expect(await db.calls.count()).toBe(1);
  });

  it('shows what a valid backup holds before restoring it', async () => {
    const db = freshDatabase();
    await addCall(makeCall(), db);
    const text = JSON.stringify(await createBackup(db, T0, '0.1.0'));
    await db.calls.clear();
    render(
      <I18nProvider language="en">
        <BackupView db={db} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Backup file'), new File([text], 'backup.json', { type: 'application/json' }));
    await screen.findByText(/This backup from .* \(Callside 0\.1\.0\) holds:/);
    expect(await db.calls.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored 1 calls.');
    expect(await db.calls.count()).toBe(1);
  });
});

describe('backup view checks', () => {
  it('rejects a file with a duplicate key, naming the table and key, and offers no Restore', async () => {
    const db = freshDatabase();
    await addCall(makeCall({ id: 'dup' }), db);
    const backup = await createBackup(db, T0, '0.1.0');
    backup.tables.calls.push({ ...backup.tables.calls[0]! });
    backup.counts.calls = 2;
    render(
      <I18nProvider language="en">
        <BackupView db={db} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Backup file'), new File([JSON.stringify(backup)], 'b.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the table Calls holds the key "dup" more than once');
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
  });

  it('says a file over 400 MB is too large without reading it', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <BackupView db={db} />
      </I18nProvider>,
    );
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 600 * 1024 * 1024 });
    let read = false;
    file.text = () => {
      read = true;
      return Promise.resolve('{}');
    };
    await userEvent.setup().upload(screen.getByLabelText('Backup file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('the file is too large (600 MB; the limit is 400 MB)');
    expect(read).toBe(false);
  });
});

describe('outcomes editor', () => {
  it('refuses a hotkey clash and saves flags', async () => {
    let saved: unknown;
    render(
      <I18nProvider language="en">
        <OutcomesEditor
          outcomes={DEFAULT_OUTCOMES.map((outcome) => ({ ...outcome }))}
          onSave={async (outcomes) => {
            const keys = outcomes.map((outcome) => outcome.hotkey);
            if (new Set(keys).size !== keys.length) return 'Hotkey 1 is already used by No answer.';
            saved = outcomes;
            return undefined;
          }}
        />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const busyKey = screen.getByRole('textbox', { name: 'Hotkey of Busy' });
    await user.clear(busyKey);
    await user.type(busyKey, '1');
    await user.click(screen.getByRole('button', { name: 'Save outcomes' }));
    await screen.findByText('Hotkey 1 is already used by No answer.');
    await user.clear(busyKey);
    await user.type(busyKey, 'b');
    await user.click(screen.getByRole('checkbox', { name: 'Connected of Busy' }));
    await user.click(screen.getByRole('button', { name: 'Save outcomes' }));
    await screen.findByText('Outcomes saved.');
    expect(
      (saved as { id: string; hotkey: string; flags: { connected: number } }[]).find((outcome) => outcome.id === 'busy'),
    ).toMatchObject({
      hotkey: 'b',
      flags: { connected: 1 },
    });
  });
});
