// A small client for Firefox's Marionette protocol (length-prefixed JSON over
// TCP): enough to install the built add-on temporarily, open pages, and run a
// script in the browser's own window, where the sidebar lives.
import { connect, type Socket } from 'node:net';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeted: Promise<void>;

  private constructor(private readonly socket: Socket) {
    let greet: () => void = () => undefined;
    this.greeted = new Promise((resolve) => {
      greet = resolve;
    });
    socket.on('data', (chunk: Buffer | string) => {
      this.buffer = Buffer.concat([this.buffer, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
        this.buffer = this.buffer.subarray(colon + 1 + length);
        if (!Array.isArray(message)) {
          greet(); // {"applicationType":"gecko","marionetteProtocol":3}
          continue;
        }
        const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (error) waiting?.reject(new Error(`${error.error}: ${error.message}`));
        else waiting?.resolve(result);
      }
    });
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const opened = connect(port, '127.0.0.1', () => resolve(opened));
      opened.once('error', reject);
    });
    const client = new Marionette(socket);
    await client.greeted;
    return client;
  }

  send<T = unknown>(command: string, parameters: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = JSON.stringify([0, id, command, parameters]);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  /** Runs a script (a function body) in the current context and returns its value. */
  async run<T>(script: string, args: unknown[] = []): Promise<T> {
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  setContext(context: 'chrome' | 'content'): Promise<unknown> {
    return this.send('Marionette:SetContext', { value: context });
  }

  close(): void {
    this.socket.destroy();
  }
}
