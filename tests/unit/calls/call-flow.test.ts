import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  callPreview,
  mustWaitForRecord,
  numberToDial,
  outcomeForKey,
  overridesFor,
  pickedNumberPatch,
  problemBeforeSave,
  startPatch,
} from '../../../lib/calls/call-flow';
import { readScripts, requiredItemsIn, saveCallFromDraft, startCallOnDraft } from '../../../lib/calls/call-flow-steps';
import { DEFAULT_OUTCOMES } from '../../../lib/calls/default-outcomes';
import { type CallDraft, loadDraft, patchDraft } from '../../../lib/calls/draft';
import { seedDefaultContent } from '../../../lib/content/default-content';
import { normalisePhone } from '../../../lib/page-reader/phones';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaults/index';
import { scriptDocumentSchema } from '../../../lib/scripts/script-model';
import { freshDatabase } from '../../helpers/db';
import { samplePageContext } from '../../helpers/panel-services';

const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const draft = (patch: Partial<CallDraft> = {}): CallDraft => ({
  id: 'd',
  updatedAt: 0,
  notes: '',
  scriptPath: [],
  checklistDone: [],
  requiredPending: [],
  rebuttalsUsed: [],
  overrides: [],
  ...patch,
});
const jordan = samplePageContext();
const wang = samplePageContext({
  url: 'https://crm.example.com/contacts/77',
  name: 'Wang Fang',
  phones: [{ raw: '(415) 555-2671', source: 'table' }],
});

describe('which number a call dials', () => {
  it('dials the number the rep picked on this record', () => {
    const picked = draft({ phoneE164: '+14155550000', recordUrl: jordan.url });
    expect(numberToDial(picked, jordan, 'US', normalisePhone)).toBe('+14155550000');
  });
  it('never dials a number picked on the previous record: the record on screen wins', () => {
    const picked = draft({ phoneE164: '+12524607929', recordUrl: jordan.url });
    expect(numberToDial(picked, wang, 'US', normalisePhone)).toBe('+14155552671');
  });
  it('takes the first number that is a real phone number', () => {
    const page = samplePageContext({
      phones: [
        { raw: '+1-555-0100', source: 'tel-link' },
        { raw: '937.676.2183 x18521', source: 'label' },
      ],
    });
    expect(numberToDial(undefined, page, 'US', normalisePhone)).toBe('+19376762183');
  });
  it('records the record a number was picked on', () => {
    expect(pickedNumberPatch(wang, 'US', normalisePhone, '(415) 555-2671')).toEqual({
      phoneRaw: '(415) 555-2671',
      phoneE164: '+14155552671',
      recordUrl: wang.url,
    });
  });
});

/** A call with Jordan Avery started on draft 'd' at T0 by a home-renovation rep (English). */
const startJordanCall = (db: Parameters<typeof startCallOnDraft>[4]) =>
  startCallOnDraft(
    'd',
    (current) => startPatch(current, { context: jordan, defaultRegion: 'US', normalise: normalisePhone, at: T0, overrides: [] }),
    { language: 'en', industry: 'home-renovation' },
    'en-US',
    db,
    T0,
  );

describe('starting a call', () => {
  it('waits while the page is read or an SPA is between records', () => {
    expect(mustWaitForRecord({ context: undefined, changing: true })).toBe(true);
    expect(mustWaitForRecord({ context: { ...wang, settling: true }, changing: false })).toBe(true);
    expect(mustWaitForRecord({ context: wang, changing: false })).toBe(false);
  });

  it('drops what was set on another record and takes the page', () => {
    const left = draft({ recordUrl: jordan.url, phoneRaw: '(252) 460-7929', scriptPath: ['opening'], rebuttalsUsed: ['r1'] });
    const patch = startPatch(left, { context: wang, defaultRegion: 'US', normalise: normalisePhone, at: T0, overrides: [] });
    expect(patch).toMatchObject({
      customerName: 'Wang Fang',
      phoneRaw: '(415) 555-2671',
      recordUrl: wang.url,
      scriptPath: [],
      rebuttalsUsed: [],
      startedAt: T0,
    });
  });

  it('keeps what the rep set on this record, and adds the guard overrides to earlier ones', () => {
    const earlier = { rule: 'burst', reason: 'acknowledged', at: 1 };
    const mine = draft({ recordUrl: jordan.url, phoneRaw: '(252) 000-0000', overrides: [earlier] });
    const overrides = overridesFor([{ rule: 'calling-window', detail: {}, severity: 'violation' }], '  customer asked  ', T0);
    const patch = startPatch(mine, { context: jordan, defaultRegion: 'US', normalise: normalisePhone, at: T0, overrides });
    expect(patch.phoneRaw).toBe('(252) 000-0000');
    expect(patch.customerName).toBe('Jordan Avery');
    expect(patch.overrides).toEqual([earlier, { rule: 'calling-window', reason: 'customer asked', at: T0 }]);
  });

  it('records a warning the rep only acknowledged', () => {
    expect(overridesFor([{ rule: 'burst', detail: {}, severity: 'warning' }], '', T0)).toEqual([
      { rule: 'burst', reason: 'acknowledged', at: T0 },
    ]);
  });

  it('puts the script on the call, so its checklist gates the save from any section', async () => {
    const db = freshDatabase();
    // Default content is seeded once, by first run (lib/content/default-content.ts), never by starting a call.
    await seedDefaultContent({ language: 'en', industry: 'home-renovation' }, db, 'en-US', T0);
    const started = await startJordanCall(db);
    expect(started).toMatchObject({ startedAt: T0, customerName: 'Jordan Avery', scriptId: 'default-en-home-renovation' });
    expect(started.requiredPending.length).toBeGreaterThan(0);
  });

  it('starts the call and puts the script on it in one write, so the panel shows the started call once', async () => {
    const db = freshDatabase();
    await seedDefaultContent({ language: 'en', industry: 'home-renovation' }, db, 'en-US', T0);
    const written: unknown[] = [];
    db.drafts.hook('creating', (_key, row) => void written.push(row));
    db.drafts.hook('updating', (_changes, _key, row) => void written.push(row));
    await startJordanCall(db);
    expect(written).toHaveLength(1);
    expect((await db.drafts.get('d'))?.value).toMatchObject({ startedAt: T0, scriptId: 'default-en-home-renovation' });
  });

  it('starts the call without a script when the rep has none stored, and seeds nothing', async () => {
    const db = freshDatabase();
    const started = await startJordanCall(db);
    expect(started).toMatchObject({ startedAt: T0, customerName: 'Jordan Avery', requiredPending: [] });
    expect(started.scriptId).toBeUndefined();
    expect(await db.scripts.count()).toBe(0);
    expect(await db.objections.count()).toBe(0);
  });
});

describe("the call's required items", () => {
  const requiredOf = (industry: 'car-insurance' | 'home-renovation') =>
    scriptDocumentSchema
      .parse(DEFAULT_SCRIPTS.en[industry])
      .checklist.filter((item) => item.required)
      .map((item) => item.id);

  it("come from the draft's own script among those held, and are empty without one", async () => {
    const db = freshDatabase();
    await seedDefaultContent({ language: 'en', industry: 'home-renovation' }, db, 'en-US', T0);
    await seedDefaultContent({ language: 'en', industry: 'car-insurance' }, db, 'en-US', T0);
    const scripts = await readScripts(db);
    expect(requiredItemsIn(scripts, 'default-en-home-renovation').map((item) => item.id)).toEqual(requiredOf('home-renovation'));
    expect(requiredItemsIn(scripts, 'default-en-car-insurance').map((item) => item.id)).toEqual(requiredOf('car-insurance'));
    // A script of the rep's own, with other required items: its items, not a default script's.
    const own = scriptDocumentSchema.parse(DEFAULT_SCRIPTS.en['car-insurance']);
    const body = { ...own, checklist: [{ id: 'consent-2026', label: 'Consent read', required: true }] };
    await db.scripts.put({ id: 'own', name: 'Own', industry: 'car-insurance', locale: 'en', body, updatedAt: T0 });
    expect(requiredItemsIn(await readScripts(db), 'own')).toEqual([{ id: 'consent-2026', label: 'Consent read' }]);
    expect(requiredItemsIn(scripts, undefined)).toEqual([]);
    expect(requiredItemsIn(scripts, 'deleted-script')).toEqual([]);
  });

  it('follow a script saved while the panel holds the list (the live list re-reads after its module loads)', async () => {
    const db = freshDatabase();
    const lists: (readonly unknown[])[] = [];
    const subscription = liveQuery(() => readScripts(db)).subscribe((scripts) => lists.push(scripts));
    await expect.poll(() => lists.length).toBe(1);
    expect(lists[0]).toEqual([]);
    await seedDefaultContent({ language: 'en', industry: 'car-insurance' }, db, 'en-US', T0);
    await expect.poll(() => lists.at(-1)?.length).toBe(1);
    subscription.unsubscribe();
  });

  it('are empty for a script whose stored body is not valid (nothing made up)', async () => {
    const db = freshDatabase();
    await db.scripts.put({ id: 'broken', name: 'Broken', industry: 'x', locale: 'en', body: { nodes: 'not a list' }, updatedAt: T0 });
    const scripts = await readScripts(db);
    expect(scripts).toHaveLength(1);
    expect(requiredItemsIn(scripts, 'broken')).toEqual([]);
  });
});

describe('who the call is with', () => {
  it("shows the draft's customer once started, else the page's", () => {
    expect(callPreview(draft({ startedAt: T0, customerName: 'Jordan Avery', phoneRaw: '1' }), wang, 'US', normalisePhone)).toEqual({
      customerName: 'Jordan Avery',
      phone: '1',
    });
    expect(callPreview(draft({ recordUrl: jordan.url, customerName: 'Jordan Avery' }), wang, 'US', normalisePhone)).toEqual({
      customerName: 'Wang Fang',
      phone: '(415) 555-2671',
    });
  });
});

describe('saving', () => {
  it('maps outcome keys case-insensitively', () => {
    expect(outcomeForKey(DEFAULT_OUTCOMES, '6')?.id).toBe('quoted');
    expect(outcomeForKey(DEFAULT_OUTCOMES, 'x')).toBeUndefined();
  });

  it('asks a call back for its time before it saves, and saves once it has one', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0, outcomeId: 'call-back' }, db, T0);
    expect(problemBeforeSave(await loadDraft('d', db), DEFAULT_OUTCOMES)).toEqual({ code: 'no-follow-up' });
    const refused = await saveCallFromDraft('d', { outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now: T0 + 60_000 }, db);
    expect(refused).toEqual({ ok: false, error: { code: 'no-follow-up' } });
    expect(await db.calls.count()).toBe(0);
    await patchDraft('d', { followUpAt: T0 + 3_600_000 }, db, T0);
    const saved = await saveCallFromDraft('d', { outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now: T0 + 60_000 }, db);
    expect(saved).toEqual({ ok: true, value: { deal: false } });
    expect((await db.calls.toArray())[0]?.followUpAt).toBe(T0 + 3_600_000);
  });

  it('reports the save rules first (no outcome) and writes nothing', async () => {
    const db = freshDatabase();
    await patchDraft('d', { startedAt: T0 }, db, T0);
    const result = await saveCallFromDraft('d', { outcomes: DEFAULT_OUTCOMES, effectiveSeconds: 30, now: T0 }, db);
    expect(result.ok ? undefined : result.error.code).toBe('no-outcome');
    expect(await db.calls.count()).toBe(0);
  });
});
