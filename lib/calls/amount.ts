import { MAX_AMOUNT } from '../db/records';
import { fail, ok, type Result } from '../result';

export type AmountParse = Result<number, 'bad-amount' | 'amount-too-large'>;

/**
 * The amount a rep typed, as stored: rounded to the cent, then checked against
 * MAX_AMOUNT. Empty means 0. Typed text is kept as text until this runs on
 * save, so "99." survives the keystroke on its way to "99.95".
 */
export function parseAmountText(text: string): AmountParse {
  const trimmed = text.trim();
  if (trimmed === '') return ok(0);
  const value = Number(trimmed);
  if (Number.isNaN(value) || value < 0) return fail('bad-amount');
  const amount = Math.round(value * 100) / 100;
  if (amount > MAX_AMOUNT) return fail('amount-too-large');
  return ok(amount);
}
