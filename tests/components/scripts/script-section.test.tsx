import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { ScriptSection } from '../../../components/sidepanel/sections/ScriptSection';
import { loadDraft } from '../../../lib/calls/draft';
import { seedDefaultContent } from '../../../lib/content/default-content';
import type { PageContext } from '../../../lib/page-reader/page-context';
import { defaultProfile, type Language, type Profile } from '../../../lib/settings/settings';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// Sections and their strings load on first use: on a busy machine that can take more than the default second.

async function setup(options: { language?: Language; industry?: Profile['industry']; page?: PageContext } = {}) {
  const services = fakePanelServices();
  const language = options.language ?? 'en';
  const profile: Profile = {
    ...defaultProfile('en-US'),
    repName: 'Alex Chen',
    team: 'North',
    language,
    industry: options.industry ?? 'car-insurance',
    onboardedAt: 1,
  };
  const page = { status: 'ready' as const, context: options.page ?? samplePageContext(), siteEnabled: false };
  // First run seeds the default content (lib/content/default-content.ts); the section only reads it.
  await seedDefaultContent(profile, services.db, 'en-US', 1);
  render(
    <I18nProvider language={language}>
      <ScriptSection services={services} profile={profile} page={page} refreshPage={() => undefined} draftId="draft-1" />
    </I18nProvider>,
  );
  return { services, user: userEvent.setup() };
}

describe('script section', () => {
  it('opens on the first step with the customer name from the page and records the start of the path', async () => {
    const { services } = await setup();
    const region = await screen.findByRole('region', { name: 'Call script' });
    const step = await within(region).findByRole('article', { name: 'Current step' });
    await waitFor(() => expect(step.textContent).toContain('Hello Jordan Avery, this is Alex Chen'));
    await waitFor(async () => expect((await loadDraft('draft-1', services.db)).scriptPath).toEqual(['opening']));
    const draft = await loadDraft('draft-1', services.db);
    expect(draft.scriptId).toBe('default-en-car-insurance');
    expect(draft.requiredPending).toEqual([
      'Identified myself and the company',
      'Stated the purpose of the call',
      'Gave the recording notice',
    ]);
  });

  it('follows a branch to its node and back, and saves the path on the draft', async () => {
    const { services, user } = await setup();
    await user.click(await screen.findByRole('button', { name: 'Already renewed' }));
    await screen.findByRole('heading', { name: 'Customer says they already renewed' });
    await user.click(screen.getByRole('button', { name: 'Not paid yet' }));
    await screen.findByRole('heading', { name: 'Confirm the details' });
    await waitFor(async () =>
      expect((await loadDraft('draft-1', services.db)).scriptPath).toEqual(['opening', 'already-renewed', 'needs']),
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Customer says they already renewed' });
  });

  it('jumps to a stage', async () => {
    const { user } = await setup();
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await screen.findByRole('heading', { name: 'Issue the policy' });
  });

  it('ticks checklist items and keeps the required ones still open on the draft', async () => {
    const { services, user } = await setup();
    const item = await screen.findByRole('checkbox', { name: 'Gave the recording notice' });
    await user.click(item);
    await waitFor(async () => {
      const draft = await loadDraft('draft-1', services.db);
      expect(draft.checklistDone).toEqual(['recording']);
      expect(draft.requiredPending).toEqual(['Identified myself and the company', 'Stated the purpose of the call']);
    });
    await user.click(screen.getByRole('checkbox', { name: 'Identified myself and the company' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stated the purpose of the call' }));
    await screen.findByText('All required items are ticked.');
    await waitFor(async () => expect((await loadDraft('draft-1', services.db)).requiredPending).toEqual([]));
  });

  it('shows a missing value as a gap the rep can fill for this call', async () => {
    const { user } = await setup();
    const gap = await screen.findByRole('button', { name: 'Fill in Plate number' });
    expect(gap.textContent).toBe('[Plate number]');
    await user.click(gap);
    await user.type(screen.getByRole('textbox', { name: 'Value for Plate number' }), 'AB-123{Enter}');
    const step = screen.getByRole('article', { name: 'Current step' });
    await waitFor(() => expect(step.textContent).toContain('your car AB-123 ends'));
    expect(screen.queryByRole('button', { name: 'Fill in Plate number' })).toBeNull();
  });

  it('renders hostile CRM values as text', async () => {
    await setup({ page: samplePageContext({ name: '<img src=x onerror=alert(1)><b>bold</b>' }) });
    const step = await screen.findByRole('article', { name: 'Current step' });
    await waitFor(() => expect(step.textContent).toContain('<img src=x onerror=alert(1)><b>bold</b>'));
    expect(step.querySelector('img')).toBeNull();
    expect(step.querySelector('b')).toBeNull();
  });

  it('uses the Chinese script and page labels in zh-CN', async () => {
    await setup({
      language: 'zh-CN',
      page: samplePageContext({
        url: 'https://crm.example.com/zh/1',
        name: '张伟',
        fields: [{ label: '车牌号', value: '京A·12345', source: 'dl' }],
      }),
    });
    const region = await screen.findByRole('region', { name: '通话话术' });
    await waitFor(() => expect(region.textContent).toContain('张伟您好！'));
    expect(region.textContent).toContain('您车牌京A·12345的车险');
    expect(within(region).getByRole('checkbox', { name: '告知通话录音' })).toBeTruthy();
  });

  it('registers stage jumps in the command palette', async () => {
    const { services } = await setup();
    await screen.findByRole('article', { name: 'Current step' });
    await waitFor(() => expect(services.commands.list().map((action) => action.title)).toContain('Script: go to Objections'));
    await services.commands
      .list()
      .find((action) => action.title === 'Script: go to Close')
      ?.run();
    await screen.findByRole('heading', { name: 'Issue the policy' });
  });
});

describe('script section keyboard', () => {
  // Branch keys carry Shift, so the bare number keys stay the call's outcome keys.
  it('picks a customer response with Shift and its number key, but not while typing in a gap', async () => {
    const { user } = await setup({ page: samplePageContext({ url: 'https://crm.example.com/contacts/keyboard' }) });
    const branch = await screen.findByRole('button', { name: 'Already renewed' });
    expect(branch.getAttribute('aria-keyshortcuts')).toBe('Shift+3');
    expect(branch.textContent).toContain('⇧3');
    await user.click(screen.getByRole('button', { name: 'Fill in Plate number' }));
    await user.type(screen.getByRole('textbox', { name: 'Value for Plate number' }), '{Shift>}3{/Shift}');
    expect(screen.getByRole('heading', { name: 'Greet and state the purpose' })).toBeTruthy();
    await user.keyboard('{Escape}');
    // The bare key is an outcome key: the script stays where it is.
    await user.keyboard('3');
    expect(screen.getByRole('heading', { name: 'Greet and state the purpose' })).toBeTruthy();
    await user.keyboard('{Shift>}3{/Shift}');
    await screen.findByRole('heading', { name: 'Customer says they already renewed' });
  });

  it('follows Shift+number pressed the moment the step shows', async () => {
    await setup({ page: samplePageContext({ url: 'https://crm.example.com/contacts/quick-key' }) });
    await screen.findByRole('button', { name: 'Already renewed' });
    // Pressed in the same turn as the step appeared, before any effect scheduled after paint could run.
    fireEvent.keyDown(document.body, { key: '#', code: 'Digit3', shiftKey: true });
    await screen.findByRole('heading', { name: 'Customer says they already renewed' });
  });
});
