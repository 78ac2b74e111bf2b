import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { PageContextPanel } from '../../../components/sidepanel/PageContextPanel';
import { listSiteMappings } from '../../../lib/page-reader/site-mappings';
import { defaultProfile } from '../../../lib/settings/settings';
import type { PageState } from '../../../lib/ui/use-page-context';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

const profile = { ...defaultProfile('en-US'), onboardedAt: 1 };

function renderPanel(
  page: PageState,
  overrides: Parameters<typeof fakePanelServices>[0] = {},
  onDial?: (raw: string) => void,
  language: 'en' | 'zh-CN' = 'en',
) {
  const services = fakePanelServices(overrides);
  let refreshed = 0;
  const view = render(
    <I18nProvider language={language}>
      <PageContextPanel services={services} profile={profile} page={page} refreshPage={() => refreshed++} draftId="d" onDial={onDial} />
    </I18nProvider>,
  );
  return { services, view, refreshed: () => refreshed };
}

const ready = (overrides: Parameters<typeof samplePageContext>[0] = {}): PageState => ({
  status: 'ready',
  siteEnabled: false,
  context: samplePageContext({
    phones: [
      { raw: '(252) 460-7929', source: 'dl', label: 'Mobile' },
      { raw: '937.676.2183 x18521', source: 'dl', label: 'Work' },
    ],
    ...overrides,
  }),
});

describe('page context panel', () => {
  it('offers a "Call" button per number, normalised with the default region, extension kept', async () => {
    const dialed: string[] = [];
    renderPanel(ready(), {}, (raw) => dialed.push(raw));
    const card = screen.getByRole('region', { name: 'On screen' });
    // The number as written shows at once; the normalised form once libphonenumber has loaded.
    expect(card.textContent).toContain('937.676.2183 x18521');
    await waitFor(() => expect(card.textContent).toContain('+1 252 460 7929'));
    expect(card.textContent).toContain('ext. 18521');
    await userEvent.click(screen.getByRole('button', { name: 'Call 937.676.2183 x18521' }));
    expect(dialed).toEqual(['937.676.2183 x18521']);
  });

  it('shows the attempt history for the number on screen', async () => {
    const services = fakePanelServices({ now: () => Date.parse('2026-11-26T10:00:00Z') });
    const startedAt = Date.parse('2026-11-24T09:00:00Z');
    await services.db.calls.add({
      id: 'c1',
      startedAt,
      endedAt: startedAt,
      day: '2026-11-24',
      durationSec: 0,
      outcomeId: 'no-answer',
      flags: { dialed: 1, connected: 0, effective: 0, quoted: 0, deal: 0 },
      amount: 0,
      phoneE164: '+12524607929',
      notes: '',
      scriptPath: [],
      checklistDone: [],
      rebuttalsUsed: [],
      overrides: [],
      updatedAt: startedAt,
    });
    render(
      <I18nProvider language="en">
        <PageContextPanel services={services} profile={profile} page={ready()} refreshPage={() => undefined} draftId="d" />
      </I18nProvider>,
    );
    await screen.findByText('Attempt 2 · last: no-answer, 2 days ago');
  });

  it('renders hostile page text as text', () => {
    renderPanel(
      ready({ name: '<img src=x onerror=alert(1)>', fields: [{ label: '<b>x</b>', value: '<script>alert(1)</script>', source: 'dl' }] }),
    );
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img, script, b')).toBeNull();
  });

  it('shows "loading" while the SPA is between records, never the old values', () => {
    renderPanel(ready({ settling: true }));
    expect(screen.getByRole('region', { name: 'On screen' }).textContent).toContain('Loading the next record');
    expect(screen.queryByText('Jordan Avery')).toBeNull();
  });

  it('maps a picked value to a custom field name and saves it for the site', async () => {
    const { services, refreshed } = renderPanel(ready());
    await userEvent.click(screen.getByRole('button', { name: 'Map a field' }));
    const picker = await screen.findByRole('region', { name: 'Map a field' });
    expect(picker.textContent).toContain('PN-2231');
    expect(picker.textContent).toContain('Policy no.');
    await userEvent.click(screen.getByRole('radio', { name: 'Custom field' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Field name' }), 'policy number');
    await userEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
    expect(screen.getByRole('alert').textContent).toContain('letters, digits and _');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Field name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Field name' }), 'policyNumber');
    await userEvent.click(screen.getByRole('button', { name: 'Save mapping' }));
    await waitFor(async () => expect(await listSiteMappings(services.db)).toHaveLength(1));
    expect((await listSiteMappings(services.db))[0]).toMatchObject({
      field: 'policyNumber',
      labelAnchor: 'Policy no.',
      pathPattern: '/contacts/*',
    });
    await waitFor(() => expect(refreshed()).toBe(1));
    expect(screen.queryByRole('region', { name: 'Map a field' })).toBeNull();
  });

  it('cancels the picker on the page when the rep cancels in the panel', async () => {
    let cancelled = 0;
    renderPanel(ready(), { pickField: () => new Promise(() => undefined), cancelPickField: async () => void cancelled++ });
    await userEvent.click(screen.getByRole('button', { name: 'Map a field' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toBe(1);
  });

  it('speaks Chinese', () => {
    renderPanel(ready(), {}, () => undefined, 'zh-CN');
    expect(screen.getByRole('button', { name: '拨打 (252) 460-7929' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '映射字段' })).toBeTruthy();
  });
});
