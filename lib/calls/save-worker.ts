// The panel's save worker: Save call's transaction on a thread of its own.
// Every Callside page of a browser profile shares one renderer thread, so with
// the panel open in two windows a save's IndexedDB work (a dozen reads and
// writes and Dexie's bookkeeping) would otherwise queue behind the other
// panel's rendering. Dexie tells the pages' live queries of the writes.
import '../zod-setup';
import { createSaveHandler, type SaveWorkerMessage } from './save-worker-handler';
import type { SaveReply } from './save-worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SaveWorkerMessage>) => void) | null;
  postMessage(reply: SaveReply): void;
};
const handle = createSaveHandler();
scope.onmessage = async ({ data }) => {
  const reply = await handle(data);
  if (reply) scope.postMessage(reply);
};
