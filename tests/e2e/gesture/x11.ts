// A private X display (Xvfb) and real input on it (xdotool), so the browser
// gets the same key presses and clicks a rep's keyboard and mouse make.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { deflateSync } from 'node:zlib';

export interface Display {
  /** e.g. ':7' */
  name: string;
  env: NodeJS.ProcessEnv;
  /** Runs xdotool with these arguments on this display. */
  xdotool(...args: string[]): string;
  /** The whole screen as a PNG (browser frame, toolbar and dialogs included). */
  screenshot(): Buffer;
  close(): void;
}

/** Starts Xvfb on a free display number (Xvfb picks it and reports it on a pipe). */
export async function startDisplay(width = 1400, height = 900): Promise<Display> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const pipe = xvfb.stdio[3];
  if (!pipe) throw new Error('Xvfb gave no display pipe');
  const name = await new Promise<string>((resolve, reject) => {
    pipe.once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const env = { ...process.env, DISPLAY: name };
  return {
    name,
    env,
    xdotool: (...args) => execFileSync('xdotool', args, { env }).toString(),
    screenshot: () => xwdToPng(execFileSync('xwd', ['-root', '-silent'], { env, maxBuffer: 64 * 1024 * 1024 })),
    close: () => xvfb.kill(),
  };
}

/** Converts an XWD screen dump (24-bit TrueColor, as Xvfb writes it) to a PNG. */
export function xwdToPng(xwd: Buffer): Buffer {
  const field = (index: number) => xwd.readUInt32BE(index * 4);
  const headerSize = field(0);
  const width = field(4);
  const height = field(5);
  const lsbFirst = field(7) === 0;
  const bytesPerPixel = field(11) / 8;
  const bytesPerLine = field(12);
  const pixels = headerSize + field(19) * 12; // after the colour map
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = pixels + y * bytesPerLine + x * bytesPerPixel;
      const pixel = lsbFirst ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at);
      const out = y * row + 1 + x * 3;
      raw[out] = (pixel >> 16) & 255;
      raw[out + 1] = (pixel >> 8) & 255;
      raw[out + 2] = pixel & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, body: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  let crc = 0xffffffff;
  for (const byte of typed) crc = (CRC_TABLE[(crc ^ byte) & 255] ?? 0) ^ (crc >>> 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const check = Buffer.alloc(4);
  check.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([length, typed, check]);
}
