// The "same record" rule, shared by the page reader (which holds back a read
// during an SPA switch) and the panel (which refuses the old record's values
// under a new URL). One rule on both sides, so they never disagree about
// whether the record on screen has changed.
import type { PageContext } from '../page-context';
import { phoneKey } from './phone-text';

/** How long after a route change an unchanged record is treated as the old one before it is believed. */
export const SETTLE_MS = 3000;

/** The record with every customer value dropped: what the panel shows while an SPA switches records. */
export function settlingContext(context: PageContext): PageContext {
  return {
    ...context,
    name: undefined,
    company: undefined,
    status: undefined,
    phones: [],
    emails: [],
    fields: [],
    mapped: {},
    settling: true,
  };
}

/** Who the record is about (name, numbers, emails): two reads with the same identity show the same customer. */
export function recordIdentity(context: PageContext): string {
  return JSON.stringify([
    context.name ?? '',
    context.phones.map((phone) => phoneKey(phone.raw)),
    context.emails.map((email) => email.toLowerCase()),
  ]);
}

/** Everything the panel shows about the record: a change in any of it is worth a new push. */
export function recordFingerprint(context: PageContext): string {
  const { name, company, status, phones, emails, fields, mapped } = context;
  return JSON.stringify([name, company, status, phones, emails, fields, mapped]);
}

export const isEmptyRecord = (context: PageContext): boolean => !context.name && context.phones.length === 0 && context.emails.length === 0;

/**
 * Follows the records one viewer shows (the page reader, the panel) and
 * refuses the left record's values under a new URL.
 */
export interface SwitchGuard {
  /** The URL changed (or a "settling" context arrived): the record shown until now is being left. */
  leave(now: number): void;
  /** True while a switch is under way. */
  isSwitching(now: number): boolean;
  /**
   * True while a read under the new URL still shows the record that was left (same customer, or
   * nothing yet), within the settle window: show "settling" instead. Otherwise the read becomes the
   * shown record; after the window it is believed (the same customer may really be under the new URL).
   */
  refuses(context: PageContext, now: number): boolean;
}

export function createSwitchGuard(settleMs = SETTLE_MS): SwitchGuard {
  let shown: PageContext | undefined;
  /** The record being left, and when. */
  let left: { fromUrl: string; identity: string; at: number } | undefined;
  const switching = (now: number) => left !== undefined && now - left.at < settleMs;
  return {
    leave(now) {
      if (shown) left = { fromUrl: shown.url, identity: recordIdentity(shown), at: now };
    },
    isSwitching: switching,
    refuses(context, now) {
      if (context.settling) {
        this.leave(now);
        return false;
      }
      if (switching(now) && context.url !== left?.fromUrl && (isEmptyRecord(context) || recordIdentity(context) === left?.identity))
        return true;
      left = undefined;
      shown = context;
      return false;
    },
  };
}
