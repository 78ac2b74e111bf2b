import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComplianceSection } from '../../../components/compliance/ComplianceSection';
import { SiteMappingsSection } from '../../../components/page-reader/SiteMappingsSection';
import { I18nProvider } from '../../../components/shared/i18n';
import { loadComplianceSettings } from '../../../lib/compliance/compliance-settings';
import { isOnDnc } from '../../../lib/compliance/dnc';
import { listSiteMappings, saveSiteMapping } from '../../../lib/page-reader/site-mappings';
import { defaultProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

const profile = defaultProfile('en-US');

describe('options: compliance', () => {
  it('edits the rules and saves them as settings', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <ComplianceSection db={db} profile={profile} />
      </I18nProvider>,
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Lunch break (no calls)' }));
    const dailyMax = screen.getByRole('spinbutton', { name: 'Calls per number per day: At most' });
    await userEvent.clear(dailyMax);
    await userEvent.type(dailyMax, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await screen.findByText('Rules saved.');
    const saved = await loadComplianceSettings(db);
    expect(saved.lunchBreak.enabled).toBe(false);
    expect(saved.dailyCap.max).toBe(2);
  });

  it('refuses invalid numbers with a message and keeps the stored rules', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <ComplianceSection db={db} profile={profile} />
      </I18nProvider>,
    );
    const dailyMax = await screen.findByRole('spinbutton', { name: 'Calls per number per day: At most' });
    await userEvent.clear(dailyMax);
    await userEvent.type(dailyMax, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await screen.findByText(/Some values are not valid/);
    expect((await loadComplianceSettings(db)).dailyCap.max).toBe(3);
  });

  it('adds a number to the do-not-call list, normalised in the default region', async () => {
    const db = freshDatabase();
    render(
      <I18nProvider language="en">
        <ComplianceSection db={db} profile={profile} />
      </I18nProvider>,
    );
    await userEvent.type(await screen.findByRole('textbox', { name: 'Add a number' }), '(252) 460-7929');
    await userEvent.click(screen.getByRole('button', { name: 'Add to list' }));
    await screen.findByText('Added to the do-not-call list.');
    expect(await isOnDnc('+12524607929', db)).toBe(true);
    await screen.findByText('1 numbers, stored only as hashes.');
  });
});

describe('options: site mappings', () => {
  it('lists, edits and deletes mappings', async () => {
    const db = freshDatabase();
    await saveSiteMapping(
      {
        id: 'm1',
        origin: 'https://crm.example.com',
        pathPattern: '/contacts/*',
        field: 'policyNumber',
        selector: '#policy',
        labelAnchor: 'Policy no.',
        updatedAt: 1,
      },
      db,
    );
    render(
      <I18nProvider language="en">
        <SiteMappingsSection db={db} profile={profile} />
      </I18nProvider>,
    );
    const row = await screen.findByRole('row', { name: /policyNumber/ });
    expect(row.textContent).toContain('/contacts/*');
    await userEvent.click(screen.getByRole('button', { name: 'Edit policyNumber on https://crm.example.com' }));
    const field = screen.getByRole('textbox', { name: 'Field' });
    await userEvent.clear(field);
    await userEvent.type(field, 'bad name');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');
    await userEvent.clear(field);
    await userEvent.type(field, 'policyNo');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listSiteMappings(db))[0]?.field).toBe('policyNo'));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete policyNo on https://crm.example.com' }));
    await waitFor(async () => expect(await listSiteMappings(db)).toEqual([]));
    await screen.findByText('No mappings yet. Use “Map a field” in the side panel on a CRM page.');
  });
});
