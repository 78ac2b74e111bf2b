import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScriptsOptionsSection } from '../../../components/scripts/ScriptsOptionsSection';
import { I18nProvider } from '../../../components/shared/i18n';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { listScriptVersions, loadScript } from '../../../lib/scripts/script-repository';
import { defaultProfile, type Profile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

/** A rep who finished first run: first run seeded the default scripts (the section itself never seeds). */
async function setup() {
  const db = freshDatabase();
  const profile: Profile = {
    ...defaultProfile('en-US'),
    repName: 'Alex Chen',
    team: 'North',
    language: 'en',
    industry: 'car-insurance',
    onboardedAt: 1,
  };
  await seedDefaultContent(profile, db, 'en-US', 1);
  render(
    <I18nProvider language="en">
      <ScriptsOptionsSection db={db} profile={profile} />
    </I18nProvider>,
  );
  return { db, user: userEvent.setup() };
}

const SCRIPT_ID = 'default-en-car-insurance';

describe('scripts options', () => {
  it('edits a line with the variable picker, saves a version and restores the previous one', async () => {
    const { db, user } = await setup();
    // Every step has a "Lines" box; the opening step's is found by its id.
    const opening = (await waitFor(() => {
      const element = document.getElementById('node-lines-opening');
      if (!element) throw new Error('not yet');
      return element;
    })) as HTMLTextAreaElement;
    await user.clear(opening);
    await user.type(opening, 'Good morning ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Insert a variable into Greet and state the purpose' }), 'customerName');
    expect(opening.value).toBe('Good morning {{customerName}}');
    await user.click(screen.getByRole('button', { name: 'Save script' }));
    await screen.findByText('Saved as a new version.');
    const stored = await loadScript(SCRIPT_ID, db);
    expect(stored?.ok && stored.document.nodes[0]?.lines).toEqual(['Good morning {{customerName}}']);
    expect(await listScriptVersions(SCRIPT_ID, db)).toHaveLength(2);

    const history = screen.getByRole('region', { name: 'Version history' });
    await waitFor(() => expect(within(history).getAllByRole('button', { name: /^Restore the version saved/ })).toHaveLength(2));
    const [newest, previous] = within(history).getAllByRole('button', { name: /^Restore the version saved/ });
    expect((newest as HTMLButtonElement).disabled).toBe(true);
    await user.click(previous!);
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Version restored (saved as the newest version).'),
    );
    await waitFor(async () => {
      const restored = await loadScript(SCRIPT_ID, db);
      expect(restored?.ok && restored.document.nodes[0]?.lines[0]).toMatch(/^Hello \{\{customerName\}\}/);
    });
  }, 15_000);

  it('refuses to save a script whose steps are not valid and changes nothing', async () => {
    const { db, user } = await setup();
    const name = await screen.findByRole('textbox', { name: 'Script name' });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save script' }));
    await screen.findByText(/^Not saved:/);
    expect(await listScriptVersions(SCRIPT_ID, db)).toHaveLength(1);
  });

  it('previews lines with the rep values and gaps for the rest', async () => {
    await setup();
    const preview = await screen.findByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview.textContent).toContain('this is Alex Chen, car insurance adviser at North'));
    expect(within(preview).getAllByText('[Customer name]').length).toBeGreaterThan(0);
  });

  it('rejects an imported file of another format with a clear message', async () => {
    const { db } = await setup();
    await screen.findByRole('textbox', { name: 'Script name' });
    const input = screen.getByLabelText('Import file') as HTMLInputElement;
    const file = new File([JSON.stringify({ format: 'callside.backup', version: 1 })], 'backup.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText(
      /^Not imported, nothing changed: the file is not a Callside script. It should be a JSON file with "format": "callside.script"/,
    );
    expect(await db.scripts.count()).toBe(1);
  });
});
