import { io, type Socket } from 'socket.io-client';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';

export interface Session {
  conversationId: string;
  resumeToken: string;
  language: string;
  history: Array<{ from: string; text: string; at: string }>;
}
export type Ack = { ok: true; duplicate?: boolean; replies?: OutboundPart[] } | { ok: false; error: { code: string; message: string } };

/** A web chat shopper speaking the widget's socket.io protocol, with waits instead of sleeps. */
export class SocketShopper {
  readonly socket: Socket;
  readonly replies: Array<{ parts: OutboundPart[]; from: string }> = [];
  readonly errors: Array<{ code: string; message: string }> = [];
  readonly typing: boolean[] = [];
  private waiters: Array<() => void> = [];
  session: Promise<Session>;

  constructor(url: string, auth: { conversationId?: string; resumeToken?: string; locale?: string } = {}, extraHeaders: Record<string, string> = {}) {
    this.socket = io(`${url}/chat`, { auth, extraHeaders, transports: ['websocket'], reconnection: false, forceNew: true });
    this.session = new Promise((resolve, reject) => {
      this.socket.once('session', resolve);
      this.socket.once('connect_error', reject);
    });
    this.socket.on('reply', (reply: { parts: OutboundPart[]; from: string }) => { this.replies.push(reply); this.wake(); });
    this.socket.on('chat-error', (error: { code: string; message: string }) => { this.errors.push(error); this.wake(); });
    this.socket.on('typing', (event: { on: boolean }) => { this.typing.push(event.on); });
  }

  /** Sends a message; the bot's replies to it come back in the acknowledgement and join `replies`. */
  send(text: string, id = crypto.randomUUID()): Promise<Ack> {
    return this.emit('message', { id, text });
  }

  press(payload: string, id = crypto.randomUUID()): Promise<Ack> {
    return this.emit('choice', { id, payload });
  }

  private async emit(type: 'message' | 'choice', body: object): Promise<Ack> {
    const ack = await this.socket.timeout(10_000).emitWithAck(type, body) as Ack;
    if (ack.ok && ack.replies?.length) {
      this.replies.push({ parts: ack.replies, from: 'bot' });
      this.wake();
    }
    return ack;
  }

  /** Resolves once `count` replies have arrived in all. */
  async repliesCount(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.replies.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} replies, got ${this.replies.length}`);
      await new Promise<void>((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 50); });
    }
  }

  lastText(): string {
    const parts = this.replies.at(-1)?.parts ?? [];
    return parts.map((part) => ('text' in part ? part.text : part.type)).join('\n');
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
