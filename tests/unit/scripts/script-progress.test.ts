import { describe, expect, it } from 'vitest';
import type { CallDraft } from '../../../lib/calls/draft';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaults/index';
import { scriptDocumentSchema } from '../../../lib/scripts/script-model';
import {
  backPatch,
  branchForKey,
  chooseScriptPatch,
  moveToPatch,
  progressOn,
  type ReadyScript,
  restartPatch,
  stageStart,
  syncPatch,
  tickPatch,
} from '../../../lib/scripts/script-progress';

const ready = (id: string, body: unknown): ReadyScript => {
  const document = scriptDocumentSchema.parse(body);
  return { ok: true, record: { id, name: document.name, industry: 'car-insurance', locale: 'en', body, updatedAt: 1 }, document };
};
const car = ready('car', DEFAULT_SCRIPTS.en['car-insurance']);
const home = ready('home', DEFAULT_SCRIPTS.en['home-renovation']);
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
const apply = (current: CallDraft, patch: Partial<CallDraft>): CallDraft => ({ ...current, ...patch });

describe('script progress on the draft', () => {
  it('starts a draft on the first step with every required item open', () => {
    const patch = syncPatch(draft(), car);
    expect(patch).toEqual({
      scriptId: 'car',
      scriptPath: ['opening'],
      checklistDone: [],
      requiredPending: ['Identified myself and the company', 'Stated the purpose of the call', 'Gave the recording notice'],
    });
    // In step already: nothing to write.
    expect(syncPatch(apply(draft(), patch), car)).toEqual({});
  });

  it('follows a branch, goes back one step, and never back past the first', () => {
    let current = apply(draft(), syncPatch(draft(), car));
    current = apply(current, moveToPatch(current, car, 'already-renewed'));
    expect(progressOn(current, car).node.id).toBe('already-renewed');
    expect(progressOn(current, car).path).toEqual(['opening', 'already-renewed']);
    current = apply(current, backPatch(current));
    current = apply(current, backPatch(current));
    expect(current.scriptPath).toEqual(['opening']);
    current = apply(current, moveToPatch(current, car, 'already-renewed'));
    expect(apply(current, restartPatch(car)).scriptPath).toEqual(['opening']);
  });

  it('starts the path at the first step when a branch is clicked before the draft was put in step', () => {
    // The panel writes the first step after its first render; a quick click can land before that write.
    const current = apply(draft(), moveToPatch(draft(), car, 'already-renewed'));
    expect(current.scriptPath).toEqual(['opening', 'already-renewed']);
    expect(current.scriptId).toBe('car');
    expect(current.requiredPending).toHaveLength(3);
    // Nothing left for the late sync write to change.
    expect(syncPatch(current, car)).toEqual({});
  });

  it('ticks on a draft of another script start from nothing ticked', () => {
    let current = apply(draft(), syncPatch(draft(), home));
    current = apply(current, tickPatch(current, home, home.document.checklist[0]?.id ?? '', true));
    current = apply(current, tickPatch(current, car, 'recording', true));
    expect(current).toMatchObject({ scriptId: 'car', scriptPath: ['opening'], checklistDone: ['recording'] });
  });

  it('ticks and unticks checklist items, keeping the required ones still open', () => {
    let current = apply(draft(), syncPatch(draft(), car));
    current = apply(current, tickPatch(current, car, 'recording', true));
    current = apply(current, tickPatch(current, car, 'recording', true));
    expect(current.checklistDone).toEqual(['recording']);
    expect(current.requiredPending).toEqual(['Identified myself and the company', 'Stated the purpose of the call']);
    current = apply(current, tickPatch(current, car, 'recording', false));
    expect(current.requiredPending).toHaveLength(3);
  });

  it('carries nothing over to another script', () => {
    let current = apply(draft(), syncPatch(draft(), car));
    current = apply(current, tickPatch(current, car, 'recording', true));
    expect(progressOn(current, home).checklistDone).toEqual([]);
    current = apply(current, chooseScriptPatch(home));
    expect(current).toMatchObject({ scriptId: 'home', scriptPath: [home.document.startNodeId], checklistDone: [] });
  });

  it('skips steps that no longer exist in an edited script', () => {
    const current = draft({ scriptId: 'car', scriptPath: ['opening', 'gone'] });
    expect(progressOn(current, car).path).toEqual(['opening']);
    expect(progressOn(current, car).node.id).toBe('opening');
  });

  it('jumps to the first step of a stage', () => {
    const close = car.document.stages.find((stage) => stage.kind === 'close');
    expect(car.document.nodes.find((node) => node.id === stageStart(car.document, close?.id ?? ''))?.stageId).toBe(close?.id);
  });
});

describe('branch keys', () => {
  const opening = progressOn(undefined, car).node;
  it('pick a branch with Shift and its digit (by physical key)', () => {
    expect(branchForKey(opening, { code: 'Digit3', shiftKey: true })?.next).toBe('already-renewed');
    expect(branchForKey(opening, { code: 'Numpad3', shiftKey: true })?.next).toBe('already-renewed');
  });
  it('leave the bare digits to the outcome keys', () => {
    expect(branchForKey(opening, { code: 'Digit3', shiftKey: false })).toBeUndefined();
    expect(branchForKey(opening, { code: 'Digit9', shiftKey: true })).toBeUndefined();
  });
});
