import { CallsideDatabase } from '../../lib/db/database';

let counter = 0;
/** A fresh fake-indexeddb database per test, so tests never share state. */
export function freshDatabase(): CallsideDatabase {
  counter += 1;
  return new CallsideDatabase(`callside-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}
