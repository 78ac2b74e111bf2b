import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComplianceSection } from '../../../components/compliance/ComplianceSection';
import { I18nProvider } from '../../../components/shared/i18n';
import { isOnDnc } from '../../../lib/compliance/dnc';
import { defaultProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

const profile = { ...defaultProfile('zh-CN'), defaultRegion: 'CN' };

async function importFile(name: string, text: string) {
  const db = freshDatabase();
  render(
    <I18nProvider language="zh-CN">
      <ComplianceSection db={db} profile={profile} />
    </I18nProvider>,
  );
  await userEvent.upload(await screen.findByLabelText('导入名单'), new File([text], name, { type: 'text/plain' }));
  return db;
}

describe('options: do-not-call import in Chinese', () => {
  it('words an unknown version in Chinese, never as a raw code', async () => {
    await importFile('dnc.json', JSON.stringify({ format: 'callside.dnc', version: 2, entries: [] }));
    const message = await screen.findByText(/第 2 版/);
    expect(message.textContent).not.toMatch(/unknown-version|[a-z]+-[a-z]+:/);
  });

  it('words a JSON file of another kind in Chinese and says what the file should be', async () => {
    await importFile('other.json', JSON.stringify({ format: 'callside.backup' }));
    const message = await screen.findByText(/不是 Callside 免打扰名单/);
    expect(message.textContent).toContain('callside.dnc');
    expect(message.textContent).not.toContain('wrong-format');
  });

  it('imports a plain list of numbers and says how many lines were skipped', async () => {
    const db = await importFile('list.txt', '号码\n138 0013 8000\n13900139000\n');
    await screen.findByText('新导入 2 个号码（共 2 个）。1 行不是电话号码，已跳过。');
    expect(await isOnDnc('+8613800138000', db)).toBe(true);
  });
});
