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
 * One web chat shopper on the widget's socket.io protocol (websocket transport only). The bot's
 * replies to a message come in that message's acknowledgement (`{ ok: true, replies }`), so an
 * answer is matched to its message by id; a refused message (ack `ok: false`) is taken out of the
 * line the same way.
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
      const now = performance.now();
      const position = this.outstanding.findIndex((entry) => entry.id === id);
      if (position < 0) return;
      const [entry] = this.outstanding.splice(position, 1);
      const answered = typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true
        && 'replies' in ack && Array.isArray(ack.replies) && ack.replies.length > 0;
      if (answered) this.listener?.replied(this, entry!.dueAt, now);
      else this.listener?.refused(this, entry!.dueAt);
    });
  }

  /** Forgets messages that were never answered (at the end of a phase). */
  abandon(): number {
    return this.outstanding.splice(0).length;
  }

  close(): void {
    this.socket.close();
  }
}
