import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPhone } from '../../../lib/compliance/dnc';
import { hashPhoneSync } from '../../../lib/compliance/dnc-import';
import { sha256Hex } from '../../../lib/compliance/sha256-hex';

const webCryptoHex = async (text: string) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals WebCrypto for any text, across block boundaries and non-ASCII characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(sha256Hex(text)).toBe(await webCryptoHex(text));
      }),
      { numRuns: 300 },
    );
    for (const length of [54, 55, 56, 63, 64, 65, 119, 120])
      expect(sha256Hex('x'.repeat(length))).toBe(await webCryptoHex('x'.repeat(length)));
  });

  it('hashes a do-not-call number exactly as the dial check does', async () => {
    for (const phone of ['+8613800138000', '+12524607929', '+442071838750']) expect(hashPhoneSync(phone)).toBe(await hashPhone(phone));
  });
});
