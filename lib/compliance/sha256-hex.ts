// SHA-256 of a short text as lowercase hex, synchronous and allocation-free.
// A do-not-call import hashes one salted number per line (200,000 of them):
// WebCrypto costs a promise and a thread hop per number, and a general hashing
// library allocates its state, input and output per call, which together
// took seconds. Checked against WebCrypto by tests/unit/compliance/sha256-hex.test.ts.

const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const schedule = new Int32Array(64);
const state = new Int32Array(8);
const encoder = new TextEncoder();
let message = new Uint8Array(128);

const rotate = (word: number, by: number) => (word >>> by) | (word << (32 - by));
const hexOfWord = (word: number) =>
  HEX_OF_BYTE[(word >>> 24) & 255]! + HEX_OF_BYTE[(word >>> 16) & 255]! + HEX_OF_BYTE[(word >>> 8) & 255]! + HEX_OF_BYTE[word & 255]!;

/** One 64-byte block of `message` at `offset` folded into `state` (FIPS 180-4, section 6.2.2). */
function compress(offset: number): void {
  for (let index = 0; index < 16; index++) {
    const at = offset + index * 4;
    schedule[index] = (message[at]! << 24) | (message[at + 1]! << 16) | (message[at + 2]! << 8) | message[at + 3]!;
  }
  for (let index = 16; index < 64; index++) {
    const w15 = schedule[index - 15]!;
    const w2 = schedule[index - 2]!;
    const sigma0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >>> 3);
    const sigma1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >>> 10);
    schedule[index] = (schedule[index - 16]! + sigma0 + schedule[index - 7]! + sigma1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let index = 0; index < 64; index++) {
    const t1 = (h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[index]! + schedule[index]!) | 0;
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * Copies an ASCII text's bytes into `message` and returns their count, or
 * undefined for any other text. A salted phone number is always ASCII, and
 * this loop is several times cheaper than a TextEncoder call per number.
 */
function asciiInto(text: string): number | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) return undefined;
    message[index] = code;
  }
  return text.length;
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; then 0x80, zeros and the 64-bit length, to whole 64-byte blocks.
  const room = Math.ceil((text.length * 3 + 9) / 64) * 64;
  if (message.length < room) message = new Uint8Array(room);
  const written = asciiInto(text) ?? encoder.encodeInto(text, message).written;
  const end = Math.ceil((written + 9) / 64) * 64;
  message[written] = 0x80;
  message.fill(0, written + 1, end);
  const bits = written * 8;
  // Texts under 512 MB: the length's high word is zero.
  message[end - 5] = Math.floor(bits / 2 ** 32) & 255;
  message[end - 4] = (bits >>> 24) & 255;
  message[end - 3] = (bits >>> 16) & 255;
  message[end - 2] = (bits >>> 8) & 255;
  message[end - 1] = bits & 255;
  state.set(INITIAL_STATE);
  for (let offset = 0; offset < end; offset += 64) compress(offset);
  let hex = '';
  for (let index = 0; index < 8; index++) hex += hexOfWord(state[index]!);
  return hex;
}
