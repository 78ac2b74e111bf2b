import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProfileSection } from '../../../components/options/ProfileSection';
import { I18nProvider } from '../../../components/shared/i18n';
import type { Language } from '../../../lib/settings/settings';
import { defaultProfile, loadProfile, saveProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

async function setup(language: Language = 'en') {
  const db = freshDatabase();
  const profile = defaultProfile('en-US');
  await saveProfile(profile, db);
  render(
    <I18nProvider language={language}>
      <ProfileSection db={db} profile={profile} />
    </I18nProvider>,
  );
  return { db, user: userEvent.setup() };
}

describe('options: profile form', () => {
  it('offers the phone region as a list of real regions, named in the UI language', async () => {
    const { db, user } = await setup();
    const region = screen.getByRole('combobox', { name: 'Default phone region' });
    expect(within(region).queryByRole('option', { name: /\(ZZ\)/ })).toBeNull();
    await user.selectOptions(region, within(region).getByRole('option', { name: 'United Kingdom (GB)' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await loadProfile('en-US', db)).profile.defaultRegion).toBe('GB');
  });

  it('names the regions in Chinese in the Chinese UI', async () => {
    await setup('zh-CN');
    const region = screen.getByRole('combobox', { name: '默认电话地区' });
    expect(within(region).getByRole('option', { name: '中国 (CN)' })).toBeTruthy();
  });

  it('refuses an empty "effective conversation after" with a message and clears the old "saved"', async () => {
    const { db, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    const seconds = screen.getByRole('spinbutton', { name: 'Effective conversation after (seconds)' });
    await user.clear(seconds);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Enter a whole number of seconds from 0 to 3600/);
    expect(screen.queryByText('Settings saved.')).toBeNull();
    expect((await loadProfile('en-US', db)).profile.effectiveSeconds).toBe(30);
  });
});
