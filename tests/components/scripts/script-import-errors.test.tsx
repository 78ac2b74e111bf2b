import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScriptsOptionsSection } from '../../../components/scripts/ScriptsOptionsSection';
import { I18nProvider } from '../../../components/shared/i18n';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { defaultProfile, type Profile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

const profile: Profile = { ...defaultProfile('zh-CN'), language: 'zh-CN', industry: 'car-insurance', onboardedAt: 1 };

async function importScript(text: string) {
  const db = freshDatabase();
  // First run seeded the default scripts (the section itself never seeds).
  await seedDefaultContent(profile, db, 'zh-CN', 1);
  render(
    <I18nProvider language="zh-CN">
      <ScriptsOptionsSection db={db} profile={profile} />
    </I18nProvider>,
  );
  await userEvent.upload(await screen.findByLabelText('导入文件'), new File([text], 'script.json', { type: 'application/json' }));
}

describe('options: script import errors in Chinese', () => {
  it('says in Chinese that the file is not JSON', async () => {
    await importScript('not json');
    const status = await screen.findByText(/不是 JSON 格式/);
    expect(status.textContent).not.toContain('not a JSON file');
  });

  it('says in Chinese what format the file should have', async () => {
    await importScript(JSON.stringify({ format: 'callside.backup', version: 1 }));
    const status = await screen.findByText(/不是 Callside 话术/);
    expect(status.textContent).toContain('callside.script');
    expect(status.textContent).not.toContain('format must be');
  });
});
