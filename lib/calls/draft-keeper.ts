// Where a draft goes when the database cannot take it (disk full, database
// closed): this page's memory at once, then the extension's session storage
// (held in memory by the browser, so it works on a full disk), else its local
// storage. The draft functions read it back and the next write that succeeds
// puts it into the database and forgets it here.
import { browser } from 'wxt/browser';
import { type CallDraft, callDraftSchema } from './draft';

const KEY_PREFIX = 'callside-kept-draft:';
const storageKey = (draftId: string) => `${KEY_PREFIX}${draftId}`;

type Area = 'session' | 'local';
/** Where a kept draft ended up: 'memory' alone means it is lost if this page closes. */
export type KeptIn = 'memory' | Area;

const inMemory = new Map<string, CallDraft>();
/** Looks for a draft's copy in extension storage, one per draft per page (concurrent readers share it). */
const lookups = new Map<string, Promise<void>>();
/** Drafts whose look has finished: from then on memory alone answers. */
const lookedUp = new Set<string>();

function storageArea(area: Area) {
  try {
    return browser.storage?.[area];
  } catch {
    // No extension context (a plain test page).
    return undefined;
  }
}

/** The newer of two drafts (by updatedAt); either may be missing. */
export function newerDraft(a: CallDraft | undefined, b: CallDraft | undefined): CallDraft | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.updatedAt > a.updatedAt ? b : a;
}

/** Keeps a draft the database refused. */
export async function keepDraft(draft: CallDraft): Promise<KeptIn> {
  inMemory.set(draft.id, draft);
  for (const area of ['session', 'local'] as const) {
    try {
      const store = storageArea(area);
      if (!store) continue;
      await store.set({ [storageKey(draft.id)]: draft });
      return area;
    } catch {
      // Session storage has its own quota and local storage needs the disk: try the next.
    }
  }
  return 'memory';
}

async function lookUp(draftId: string): Promise<void> {
  for (const area of ['session', 'local'] as const) {
    try {
      const stored = await storageArea(area)?.get(storageKey(draftId));
      const parsed = callDraftSchema.safeParse(stored?.[storageKey(draftId)]);
      if (parsed.success) inMemory.set(draftId, newerDraft(inMemory.get(draftId), parsed.data) as CallDraft);
    } catch {
      // Unreadable storage holds nothing we can offer back.
    }
  }
  lookedUp.add(draftId);
}

/** The draft kept for this id, if any. After the first look it answers from memory, without a round trip. */
export async function keptDraft(draftId: string): Promise<CallDraft | undefined> {
  if (!lookedUp.has(draftId)) {
    if (!lookups.has(draftId)) lookups.set(draftId, lookUp(draftId));
    await lookups.get(draftId);
  }
  return inMemory.get(draftId);
}

/**
 * The kept draft without a round trip, once this page has looked for it
 * (undefined draft: none kept); `looked: false` before the first look. Live
 * queries use it: awaiting anything but Dexie inside one stops Dexie tracking
 * the reads that follow.
 */
export function peekKeptDraft(draftId: string): { looked: boolean; draft?: CallDraft } {
  return { looked: lookedUp.has(draftId), draft: inMemory.get(draftId) };
}

/** True when a draft is waiting here for the database (the panel can say so). */
export const hasKeptDraft = (draftId: string): boolean => inMemory.has(draftId);

/** Forgets a kept draft once the database holds it (or the call was saved or discarded). */
export async function forgetKeptDraft(draftId: string): Promise<void> {
  if (!inMemory.delete(draftId) && lookedUp.has(draftId)) return;
  await Promise.all(
    (['session', 'local'] as const).map(async (area) => {
      try {
        await storageArea(area)?.remove(storageKey(draftId));
      } catch {
        // Nothing to remove, or no storage: either way nothing is offered back.
      }
    }),
  );
}

/**
 * Every draft kept aside, newest first, read without the database: a panel
 * that cannot open it still shows the rep what was kept (from this page's
 * memory, session storage and local storage; the newest copy of each draft).
 */
export async function listKeptDrafts(): Promise<CallDraft[]> {
  const byId = new Map(inMemory);
  for (const area of ['session', 'local'] as const) {
    try {
      const stored = (await storageArea(area)?.get(null)) ?? {};
      for (const [key, value] of Object.entries(stored)) {
        if (!key.startsWith(KEY_PREFIX)) continue;
        const parsed = callDraftSchema.safeParse(value);
        if (parsed.success) byId.set(parsed.data.id, newerDraft(byId.get(parsed.data.id), parsed.data) as CallDraft);
      }
    } catch {
      // Unreadable storage holds nothing we can show.
    }
  }
  return [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}
