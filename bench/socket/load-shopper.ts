import { io, type Socket } from 'socket.io-client';

/** Where a shopper reports what happened to its messages during a phase. */
export interface ShopperListener {
  /** A reply arrived for the message that was due at `dueAt` (performance.now() ms). */
  replied(shopper: LoadShopper, dueAt: number, now: number): void;
  /** The server refused the message that was due at `dueAt`. */
  refused(shopper: LoadShopper, dueAt: number): void;
}

interface Outstanding {
  id: string;
  dueAt: number;
}

/**
 * One web chat shopper on the widget's socket.io protocol (websocket transport only). A
 * conversation's turns run in order on the server and each turn sends exactly one `reply`, so the
 * oldest unanswered message is the one a reply answers; a refused message (ack `ok: false`, no
 * reply) is taken out of the line by its id.
 */
export class LoadShopper {
  readonly socket: Socket;
  listener: ShopperListener | undefined;
  private readonly outstanding: Outstanding[] = [];
  private sequence = 0;
  readonly ready: Promise<void>;

  constructor(url: string, readonly index: number, timeoutMs: number) {
    this.socket = io(`${url}/chat`, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: timeoutMs, auth: { locale: 'en' } });
    // Ready once the session is open and the greeting has arrived, so no phase counts the greeting.
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`shopper ${index} got no greeting within ${timeoutMs} ms`)), timeoutMs);
      this.socket.once('connect_error', (error) => { clearTimeout(timer); reject(error); });
      this.socket.once('reply', () => {
        clearTimeout(timer);
        this.socket.on('reply', () => this.onReply());
        resolve();
      });
    });
  }

  get unanswered(): number {
    return this.outstanding.length;
  }

  send(text: string, dueAt: number): void {
    this.sequence += 1;
    const id = `${this.index}-${this.sequence}`;
    this.outstanding.push({ id, dueAt });
    this.socket.emit('message', { id, text }, (ack: unknown) => {
      if (typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true) return;
      const position = this.outstanding.findIndex((entry) => entry.id === id);
      if (position >= 0) {
        const [entry] = this.outstanding.splice(position, 1);
        this.listener?.refused(this, entry!.dueAt);
      }
    });
  }

  /** Forgets messages that were never answered (at the end of a phase). */
  abandon(): number {
    return this.outstanding.splice(0).length;
  }

  close(): void {
    this.socket.close();
  }

  private onReply(): void {
    const now = performance.now();
    const entry = this.outstanding.shift();
    if (entry) this.listener?.replied(this, entry.dueAt, now);
  }
}
