// What the save worker does with each message (lib/calls/save-worker.ts is its
// thin entry): opens the database ahead of the first save, then runs each save
// request's transaction with the call flow's own rule and answers with the
// result, or with the error as data.
import { CallsideDatabase } from '../db/database';
import { problemBeforeSave } from './call-flow';
import { saveInOneTransaction } from './save-transaction';
import { errorToData, type SaveReply, type SaveRequest } from './save-worker-protocol';

export type SaveWorkerMessage = SaveRequest | { open: string };

export function createSaveHandler(): (message: SaveWorkerMessage) => Promise<SaveReply | undefined> {
  const databases = new Map<string, CallsideDatabase>();
  const databaseNamed = (name: string) => {
    let db = databases.get(name);
    if (!db) {
      db = new CallsideDatabase(name);
      databases.set(name, db);
    }
    return db;
  };
  return async (message) => {
    if ('open' in message) {
      // A database that cannot open now says so on the first save, with its cause.
      await databaseNamed(message.open)
        .open()
        .catch(() => undefined);
      return undefined;
    }
    const { id, databaseName, draftId, kept, outcomes, effectiveSeconds, now } = message;
    try {
      const result = await saveInOneTransaction(
        draftId,
        kept,
        { outcomes, effectiveSeconds, now, alsoRequire: (draft) => problemBeforeSave(draft, outcomes) },
        databaseNamed(databaseName),
      );
      return { id, result };
    } catch (error) {
      return { id, error: errorToData(error) };
    }
  };
}
