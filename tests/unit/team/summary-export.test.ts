import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../lib/calendar/periods';
import { addCall } from '../../../lib/calls/call-log';
import type { CallRecord } from '../../../lib/db/records';
import { saveProfile } from '../../../lib/settings/settings';
import { prepareSummaryExport, summaryFileName } from '../../../lib/team/export-summary';
import { customerNeedles, findCustomerData } from '../../../lib/team/privacy-check';
import { readSummaryText } from '../../../lib/team/summary-read';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

const november = periodRange('2026-11');
if (!november) throw new Error('no period');
const now = new Date(2026, 10, 30, 18, 0).getTime();

/** A log full of customer data: names (Latin and Chinese), numbers in every shape, emails, notes, record links. */
function customerHeavyCalls(): CallRecord[] {
  const customers = [
    {
      name: 'Jordan Avery',
      phone: '+12524607929',
      raw: '(252) 460-7929',
      email: 'jordan.avery@example.com',
      url: 'https://crm.example.com/contacts/42',
    },
    { name: '王小明', phone: '+8613800138000', raw: '138 0013 8000', email: 'xm.wang@example.cn', url: 'https://crm.example.cn/lead/9001' },
    {
      name: 'Priya Natarajan',
      phone: '+14155550134',
      raw: '415.555.0134 x18',
      email: 'priya@acme.test',
      url: 'https://acme.lightning.force.com/r/Lead/00Q5/view',
    },
  ];
  return customers.flatMap((customer, index) => [
    makeCall({
      startedAt: new Date(2026, 10, 3 + index, 9, 30).getTime(),
      customerName: customer.name,
      phoneE164: customer.phone,
      phoneRaw: customer.raw,
      recordUrl: customer.url,
      pageTitle: `${customer.name} - Lead`,
      notes: `Spoke to ${customer.name}, email ${customer.email}, call back on ${customer.raw}. Wants the full cover quote.`,
      outcomeId: 'quoted',
      flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 0 },
      amount: 4200,
      rebuttalsUsed: ['zh-price-1'],
      overrides: [{ rule: 'perNumberDaily', reason: `${customer.name} asked me to call again`, at: 1 }],
    }),
    makeCall({
      startedAt: new Date(2026, 10, 3 + index, 14, 0).getTime(),
      customerName: customer.name,
      phoneE164: customer.phone,
      recordUrl: customer.url,
      notes: `Closed with ${customer.name}`,
      outcomeId: 'deal',
      flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 },
      amount: 5100.5,
      policy: index === 0 ? 'issued' : undefined,
    }),
  ]);
}

async function seededDatabase() {
  const db = freshDatabase();
  await saveProfile(
    {
      repName: 'Ada Park',
      repId: 'rep-ada',
      team: 'East',
      language: 'en',
      theme: 'system',
      industry: 'car-insurance',
      defaultRegion: 'US',
      effectiveSeconds: 30,
    },
    db,
  );
  for (const call of customerHeavyCalls()) await addCall(call, db);
  return db;
}

describe('summary export', () => {
  it('a summary exported from a log full of customer data contains none of it, in JSON or CSV', async () => {
    const db = await seededDatabase();
    const forbidden = customerHeavyCalls().flatMap((call) => [
      call.customerName,
      call.phoneE164,
      call.phoneRaw,
      call.recordUrl,
      call.notes,
      call.pageTitle,
    ]);
    forbidden.push(
      'jordan.avery@example.com',
      'xm.wang@example.cn',
      'priya@acme.test',
      '2524607929',
      '13800138000',
      'asked me to call again',
    );
    for (const kind of ['json', 'csv'] as const) {
      const prepared = await prepareSummaryExport({ period: november, kind, now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
      if (!prepared.ok) throw new Error(`refused: ${JSON.stringify(prepared.error)}`);
      for (const value of forbidden) if (value) expect(prepared.value.text).not.toContain(value);
      expect(prepared.value.text.replace(/\D/g, '')).not.toContain('2524607929');
    }
  });

  it('carries the day counts, distinct customers, issued policies, rebuttals and overrides', async () => {
    const db = await seededDatabase();
    const prepared = await prepareSummaryExport({ period: november, kind: 'json', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    if (!prepared.ok) throw new Error('refused');
    const { summary } = prepared.value;
    expect(summary.totals).toMatchObject({
      dials: 6,
      connects: 6,
      quotes: 6,
      deals: 3,
      issued: 1,
      issuedPremium: 5100.5,
      revenue: 15301.5,
    });
    expect(summary.customers).toEqual({ dialed: 3, connected: 3, quoted: 3, signed: 3, issued: 1 });
    expect(summary.days.map((day) => [day.day, day.dials, day.firstDial])).toEqual([
      ['2026-11-03', 2, '09:30'],
      ['2026-11-04', 2, '09:30'],
      ['2026-11-05', 2, '09:30'],
    ]);
    expect(summary.rebuttals).toMatchObject([{ rebuttalId: 'zh-price-1', used: 3, quoted: 3, deals: 0 }]);
    expect(summary.overrides).toEqual([{ rule: 'perNumberDaily', count: 3 }]);
    expect(summary.rep).toEqual({ id: 'rep-ada', name: 'Ada Park', team: 'East', startDate: null });
    // What the export writes, the team view reads back whole.
    expect(await readSummaryText(prepared.value.text)).toMatchObject({ ok: true });
    expect(prepared.value.fileName).toBe('callside-summary_Ada-Park_2026-11_2026-11-30.json');
  });

  it('refuses to write a file when the rep name equals a customer name from the log', async () => {
    const db = await seededDatabase();
    await saveProfile(
      {
        repName: 'Jordan Avery',
        repId: 'rep-ada',
        team: 'East',
        language: 'en',
        theme: 'system',
        industry: 'other',
        defaultRegion: 'US',
        effectiveSeconds: 30,
      },
      db,
    );
    const prepared = await prepareSummaryExport({ period: november, kind: 'json', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    expect(prepared).toMatchObject({ ok: false, error: { code: 'customer-data', params: { kind: 'name', field: 'rep.name' } } });
  });

  it('finds a phone number written with other separators, and an email in a library text', () => {
    const [call] = customerHeavyCalls();
    const needles = customerNeedles(call ? [call] : []);
    expect(findCustomerData({ rebuttals: [{ text: 'ring 252-460-7929 today' }] }, needles)).toMatchObject({
      ok: false,
      found: { kind: 'number' },
    });
    expect(findCustomerData({ team: 'JORDAN.AVERY@EXAMPLE.COM' }, needles)).toMatchObject({ ok: false, found: { field: 'team' } });
    expect(findCustomerData({ team: 'East', rebuttals: [{ text: 'Compare the cover' }] }, needles)).toMatchObject({ ok: true });
  });

  it('names files with the rep and period in any script', async () => {
    const db = await seededDatabase();
    const prepared = await prepareSummaryExport({ period: november, kind: 'csv', now, appVersion: '0.1.0', browserLanguage: 'en' }, db);
    if (!prepared.ok) throw new Error('refused');
    const summary = { ...prepared.value.summary, rep: { ...prepared.value.summary.rep, name: '张伟 / 东区' } };
    expect(summaryFileName(summary, 'csv')).toBe('callside-summary_张伟-东区_2026-11_2026-11-30.csv');
    expect(prepared.value.text.startsWith('\uFEFFrecord,key,metric,value\r\n')).toBe(true);
  });
});
