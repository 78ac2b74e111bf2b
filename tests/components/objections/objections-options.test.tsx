import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ObjectionsOptionsSection } from '../../../components/objections/ObjectionsOptionsSection';
import { I18nProvider } from '../../../components/shared/i18n';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { defaultProfile, type Profile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';

/** A rep who finished first run in Chinese: the default library is there (seeded by first run, not by the screen). */
async function setup() {
  const db = freshDatabase();
  const profile: Profile = { ...defaultProfile('en-US'), language: 'zh-CN', industry: 'car-insurance', onboardedAt: 1 };
  await seedDefaultContent(profile, db, 'en-US', 1);
  render(
    <I18nProvider language="zh-CN">
      <ObjectionsOptionsSection db={db} profile={profile} />
    </I18nProvider>,
  );
  return { db, user: userEvent.setup() };
}

describe('objections options', () => {
  it('filters by pinyin, edits keywords and a rebuttal, and saves', async () => {
    const { db, user } = await setup();
    await screen.findByText('共 24 条异议');
    await user.type(screen.getByRole('searchbox', { name: '筛选异议' }), 'yjbl');
    await user.click(await screen.findByRole('button', { name: '编辑已经保了' }));
    const form = screen.getByRole('form', { name: '已经保了' });
    const keywords = within(form).getByRole('textbox', { name: '关键词，用逗号分隔' });
    await user.clear(keywords);
    await user.type(keywords, '续保了，买过了, 早就买了');
    const rebuttal = within(form).getByRole('textbox', { name: '应对 2' });
    await user.clear(rebuttal);
    await user.type(rebuttal, '那太好了，方便说下保单生效日期吗？');
    await user.click(within(form).getByRole('button', { name: '保存异议' }));
    await within(form).findByText('异议已保存。');
    const stored = await db.objections.get('default-zh-CN-already-renewed');
    expect(stored?.keywords).toEqual(['续保了', '买过了', '早就买了']);
    expect(stored?.rebuttals[1]?.text).toBe('那太好了，方便说下保单生效日期吗？');
  });

  it('adds a new objection and refuses one without a title', async () => {
    const { db, user } = await setup();
    await screen.findByText('共 24 条异议');
    await user.click(screen.getByRole('button', { name: '添加异议' }));
    const form = screen.getByRole('form', { name: '（未命名）' });
    await user.click(within(form).getByRole('button', { name: '保存异议' }));
    await within(form).findByText(/^未保存：/);
    await user.type(within(form).getByRole('textbox', { name: '异议' }), '没钱');
    await user.type(within(form).getByRole('textbox', { name: '应对 1' }), '理解，我们可以先从最基础的方案开始。');
    await user.click(within(form).getByRole('button', { name: '保存异议' }));
    await screen.findByText('共 25 条异议');
    await waitFor(async () => expect((await db.objections.toArray()).some((objection) => objection.title === '没钱')).toBe(true));
  });
});
