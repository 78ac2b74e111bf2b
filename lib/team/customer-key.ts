import type { CallRecord } from '../db/records';

/**
 * Who a call was with, for distinct-customer counts: the number, else the CRM
 * record, else the name on the page, else the call alone. Used only inside the
 * rep's browser; a summary carries the counts, never these keys.
 */
export function customerKeyOf(call: Pick<CallRecord, 'id' | 'phoneE164' | 'recordUrl' | 'customerName'>): string {
  if (call.phoneE164) return `tel:${call.phoneE164}`;
  if (call.recordUrl) return `url:${call.recordUrl}`;
  const name = call.customerName?.trim().toLowerCase();
  if (name) return `name:${name}`;
  return `call:${call.id}`;
}
