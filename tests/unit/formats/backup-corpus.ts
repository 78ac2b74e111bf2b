// Hostile backups, each made from a real one by one change, with what the
// restore must do about it: refuse it naming the problem, or restore it with
// daily totals recounted from the calls.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { addCall } from '../../../lib/calls/call-log';
import { patchDraft } from '../../../lib/calls/draft';
import { seedDefaultOutcomes } from '../../../lib/calls/outcomes';
import { DEFAULT_COMPLIANCE, saveComplianceSettings } from '../../../lib/compliance/compliance-settings';
import { addToDnc } from '../../../lib/compliance/dnc';
import type { CallsideDatabase } from '../../../lib/db/database';
import type { Backup } from '../../../lib/formats/backup';
import { ensureDefaultContent } from '../../../lib/scripts/default-content';
import { defaultProfile, saveProfile } from '../../../lib/settings/settings';
import { freshDatabase } from '../../helpers/db';
import { makeCall } from '../calls/call-factory';

/** A database holding a bit of everything a rep has after a few days. */
export async function livedInDatabase(): Promise<CallsideDatabase> {
  const db = freshDatabase();
  await seedDefaultOutcomes(db);
  await ensureDefaultContent({ language: 'en', industry: 'home-renovation' }, db, 'en', 1_700_000_000_000);
  await saveProfile({ ...defaultProfile('en'), repName: 'Li Na', repId: 'rep-1', onboardedAt: 1 }, db);
  await saveComplianceSettings(DEFAULT_COMPLIANCE, db);
  await addCall(makeCall({ customerName: '王芳', phoneE164: '+8613800138000', notes: 'call back' }), db);
  await addCall(makeCall({ outcomeId: 'deal', flags: { dialed: 1, connected: 1, effective: 1, quoted: 1, deal: 1 }, amount: 1999.5 }), db);
  await addCall(makeCall({ startedAt: new Date(2026, 10, 27, 9).getTime(), outcomeId: 'no-answer', durationSec: 0 }), db);
  await addToDnc('+12524607929', 'manual', db, 5);
  await patchDraft('current-call', { notes: 'half typed', startedAt: 1 }, db, 5);
  return db;
}

/** One SHA-256 per table over its rows in key order: equal hashes, equal contents. */
export async function tableHashes(db: CallsideDatabase): Promise<Record<string, string>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => {
      const rows = await table.toArray();
      const keys = await table.toCollection().primaryKeys();
      const text = canonicalize(keys.map((key, index) => [key, rows[index]])) ?? '';
      return [table.name, createHash('sha256').update(text).digest('hex')] as const;
    }),
  );
  return Object.fromEntries(entries);
}

type Tables = Record<string, Record<string, unknown>[]>;
const clone = (backup: Backup): Backup & { tables: Tables } => structuredClone(backup) as Backup & { tables: Tables };
/** Changes one row of one table, keeping the declared counts right. */
const editRow =
  (table: string, edit: (row: Record<string, unknown>) => void, index = 0) =>
  (backup: Backup) => {
    const copy = clone(backup);
    edit(copy.tables[table]![index]!);
    return JSON.stringify(copy);
  };
const edit = (change: (backup: Backup & { tables: Tables }) => void) => (backup: Backup) => {
  const copy = clone(backup);
  change(copy);
  return JSON.stringify(copy);
};
const settingRow = (backup: Backup & { tables: Tables }, key: string) => backup.tables.settings!.find((row) => row.key === key)!;

export interface HostileCase {
  name: string;
  make: (backup: Backup) => string;
  /** Declared byte length, when the case is about size. */
  byteLength?: number;
  /** 'rejected' with the reason code, or 'recounted' (restored with recounted daily totals). */
  expect: { rejected: string; mentions: string[] } | { recounted: true };
}

export const HOSTILE_BACKUPS: HostileCase[] = [
  // The inconsistent ones restore used to accept.
  {
    name: 'rollup dials +100 and revenue +99,999',
    make: editRow('rollups', (row) => {
      row.dials = (row.dials as number) + 100;
      row.revenue = (row.revenue as number) + 99_999;
    }),
    expect: { recounted: true },
  },
  {
    name: 'no rollups at all',
    make: edit((b) => {
      b.tables.rollups = [];
      b.counts.rollups = 0;
    }),
    expect: { recounted: true },
  },
  {
    name: 'rollup revenue 1e308',
    make: editRow('rollups', (row) => {
      row.revenue = 1e308;
    }),
    expect: { recounted: true },
  },
  {
    name: 'rollup of -3 dials',
    make: editRow('rollups', (row) => {
      row.dials = -3;
    }),
    expect: { rejected: 'record', mentions: ['Daily totals', 'dials', 'at least 0'] },
  },
  {
    name: 'rollup of 2.5 deals',
    make: editRow('rollups', (row) => {
      row.deals = 2.5;
    }),
    expect: { rejected: 'record', mentions: ['Daily totals', 'deals', 'whole number'] },
  },
  {
    name: 'call durationSec 1e308',
    make: editRow('calls', (row) => {
      row.durationSec = 1e308;
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'durationSec', 'at most 86400'] },
  },
  {
    name: 'call day "2024-13-45"',
    make: editRow('calls', (row) => {
      row.day = '2024-13-45';
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'day', 'calendar day'] },
  },
  {
    name: 'rollup day "2024-02-30"',
    make: editRow('rollups', (row) => {
      row.day = '2024-02-30';
    }),
    expect: { rejected: 'record', mentions: ['Daily totals', 'day', 'calendar day'] },
  },
  {
    name: 'databaseVersion 99',
    make: edit((b) => {
      b.databaseVersion = 99;
    }),
    expect: { rejected: 'database-version', mentions: ['database version 99'] },
  },
  {
    name: 'databaseVersion 0',
    make: edit((b) => {
      b.databaseVersion = 0;
    }),
    expect: { rejected: 'database-version', mentions: ['database version 0'] },
  },
  {
    name: 'garbage profile setting',
    make: edit((b) => {
      settingRow(b, 'profile').value = 'garbage';
    }),
    expect: { rejected: 'record', mentions: ['Settings', 'profile', 'value'] },
  },
  {
    name: 'profile with an unknown language',
    make: edit((b) => {
      (settingRow(b, 'profile').value as Record<string, unknown>).language = 'klingon';
    }),
    expect: { rejected: 'record', mentions: ['Settings', 'value.language'] },
  },
  {
    name: 'compliance setting with a 99:99 window',
    make: edit((b) => {
      (settingRow(b, 'compliance').value as Record<string, Record<string, unknown>>).callingWindow!.from = '99:99';
    }),
    expect: { rejected: 'record', mentions: ['Settings', 'value.callingWindow.from'] },
  },
  {
    name: 'draft whose value is not a draft',
    make: editRow('drafts', (row) => {
      row.value = { notes: 42 };
    }),
    expect: { rejected: 'record', mentions: ['Drafts', 'value'] },
  },
  {
    name: 'script body without nodes',
    make: editRow('scripts', (row) => {
      (row.body as Record<string, unknown>).nodes = [];
    }),
    expect: { rejected: 'record', mentions: ['Scripts', 'body.nodes'] },
  },
  {
    name: 'script body a string',
    make: editRow('scripts', (row) => {
      row.body = '<script>alert(1)</script>';
    }),
    expect: { rejected: 'record', mentions: ['Scripts', 'body'] },
  },
  {
    name: 'objection without rebuttals',
    make: editRow('objections', (row) => {
      row.rebuttals = [];
    }),
    expect: { rejected: 'record', mentions: ['Objections', 'rebuttals'] },
  },
  // The classic ones.
  {
    name: 'truncated at 60%',
    make: (b) => {
      const t = JSON.stringify(b);
      return t.slice(0, Math.floor(t.length * 0.6));
    },
    expect: { rejected: 'truncated', mentions: ['cut short'] },
  },
  {
    name: 'truncated one byte short',
    make: (b) => JSON.stringify(b).slice(0, -1),
    expect: { rejected: 'truncated', mentions: ['cut short'] },
  },
  { name: 'empty file', make: () => '', expect: { rejected: 'truncated', mentions: ['cut short'] } },
  { name: 'plain text', make: () => 'hello, this is not a backup', expect: { rejected: 'truncated', mentions: ['not JSON'] } },
  { name: 'JSON null', make: () => 'null', expect: { rejected: 'foreign', mentions: ['not a Callside backup'] } },
  { name: 'JSON array', make: () => '[1,2,3]', expect: { rejected: 'foreign', mentions: ['not a Callside backup'] } },
  {
    name: 'foreign format (a summary)',
    make: edit((b) => {
      (b as Record<string, unknown>).format = 'callside.summary';
    }),
    expect: { rejected: 'foreign', mentions: ['callside.summary'] },
  },
  {
    name: 'no format field',
    make: edit((b) => {
      delete (b as Record<string, unknown>).format;
    }),
    expect: { rejected: 'foreign', mentions: ['not a Callside backup'] },
  },
  {
    name: 'newer backup version 2',
    make: edit((b) => {
      (b as Record<string, unknown>).version = 2;
    }),
    expect: { rejected: 'newer', mentions: ['newer Callside', '2'] },
  },
  {
    name: 'backup version 0',
    make: edit((b) => {
      (b as Record<string, unknown>).version = 0;
    }),
    expect: { rejected: 'older', mentions: ['version 0'] },
  },
  {
    name: 'backup version "1" as text',
    make: edit((b) => {
      (b as Record<string, unknown>).version = '1';
    }),
    expect: { rejected: 'older', mentions: ['version 1'] },
  },
  {
    name: 'too large (450 MB)',
    make: () => '{}',
    byteLength: 450 * 1024 * 1024,
    expect: { rejected: 'too-large', mentions: ['450 MB', '400 MB'] },
  },
  {
    name: 'duplicate call id',
    make: edit((b) => {
      b.tables.calls!.push({ ...b.tables.calls![0]! });
      b.counts.calls = (b.counts.calls ?? 0) + 1;
    }),
    expect: { rejected: 'duplicate', mentions: ['Calls', 'more than once'] },
  },
  {
    name: 'duplicate do-not-call hash',
    make: edit((b) => {
      b.tables.dnc!.push({ ...b.tables.dnc![0]! });
      b.counts.dnc = (b.counts.dnc ?? 0) + 1;
    }),
    expect: { rejected: 'duplicate', mentions: ['Do-not-call', 'more than once'] },
  },
  {
    name: 'duplicate setting key',
    make: edit((b) => {
      b.tables.settings!.push({ ...settingRow(b, 'profile') });
      b.counts.settings = (b.counts.settings ?? 0) + 1;
    }),
    expect: { rejected: 'duplicate', mentions: ['Settings', 'profile'] },
  },
  {
    name: 'declares more calls than it holds',
    make: edit((b) => {
      b.counts.calls = (b.counts.calls ?? 0) + 5;
    }),
    expect: { rejected: 'counts', mentions: ['Calls', 'incomplete'] },
  },
  {
    name: 'calls table missing',
    make: edit((b) => {
      delete (b.tables as Partial<Tables>).calls;
    }),
    expect: { rejected: 'missing-table', mentions: ['Calls'] },
  },
  {
    name: 'calls table not a list',
    make: edit((b) => {
      (b.tables as Record<string, unknown>).calls = { a: 1 };
    }),
    expect: { rejected: 'missing-table', mentions: ['Calls'] },
  },
  {
    name: 'negative amount',
    make: editRow('calls', (row) => {
      row.amount = -5;
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'amount', 'at least 0'] },
  },
  {
    name: 'amount 1e308',
    make: editRow('calls', (row) => {
      row.amount = 1e308;
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'amount', 'too large'] },
  },
  {
    name: 'amount as text',
    make: editRow('calls', (row) => {
      row.amount = '100';
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'amount', 'wrong type'] },
  },
  {
    name: 'notes longer than the notes box',
    make: editRow('calls', (row) => {
      row.notes = 'x'.repeat(4001);
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'notes', 'at most 4000'] },
  },
  {
    name: 'call without an id',
    make: editRow('calls', (row) => {
      delete row.id;
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'id', 'missing'] },
  },
  {
    name: 'funnel flag 2',
    make: editRow('calls', (row) => {
      (row.flags as Record<string, unknown>).deal = 2;
    }),
    expect: { rejected: 'record', mentions: ['Calls', 'flags.deal'] },
  },
  {
    name: 'outcome hotkey of three letters',
    make: editRow('outcomes', (row) => {
      row.hotkey = 'abc';
    }),
    expect: { rejected: 'record', mentions: ['Outcomes', 'hotkey'] },
  },
  {
    name: 'do-not-call hash not a hash',
    make: editRow('dnc', (row) => {
      row.hash = '+12524607929';
    }),
    expect: { rejected: 'record', mentions: ['Do-not-call', 'hash'] },
  },
  {
    name: 'exportedAt missing',
    make: edit((b) => {
      delete (b as Record<string, unknown>).exportedAt;
    }),
    expect: { rejected: 'invalid', mentions: ['exportedAt'] },
  },
];
