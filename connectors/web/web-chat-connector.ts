import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import proxyAddress from 'proxy-addr';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Namespace, Server, Socket } from 'socket.io';
import { z } from 'zod';
import { conversationKeyOf, type Address } from '../contract/address.js';
import { richCapabilities, type Capabilities } from '../contract/capabilities.js';
import type { Connector, EventHandler, SendOptions } from '../contract/connector.js';
import { MAX_TEXT_BYTES, type InboundEvent } from '../contract/inbound-event.js';
import type { OutboundPart } from '../contract/outbound-part.js';
import type { ConversationRecord, ConversationStore } from '../../dialogs/state/conversation-store.js';
import { startConversation } from '../../dialogs/state/start-conversation.js';

const HandshakeAuth = z.object({
  conversationId: z.string().max(128).optional(),
  resumeToken: z.string().max(256).optional(),
  locale: z.string().min(2).max(35).optional(),
});
const MessagePayload = z.object({ id: z.string().min(1).max(200), text: z.string() }).strict();
const ChoicePayload = z.object({ id: z.string().min(1).max(200), payload: z.string().min(1).max(512) }).strict();

type Ack = (response: { ok: true; duplicate?: boolean; replies?: OutboundPart[] } | { ok: false; error: { code: string; message: string } }) => void;

export interface WebChatOptions {
  io: Server;
  store: ConversationStore;
  botId: string;
  languages: readonly string[];
  defaultLanguage: string;
  /** Spends a point per shopper event, keyed by conversation. */
  limiter: RateLimiterAbstract;
  log: Logger;
  /** How many transcript lines a (re)connecting widget is shown. */
  historyLimit?: number;
  /** How long a turn may run before the widget shows typing dots (default TYPING_DELAY_MS). */
  typingDelayMs?: number;
  /** Which proxies to believe about the client's address (express's `trust proxy`). */
  trustProxy?: (address: string, hop: number) => boolean;
}

/**
 * The web chat widget's channel, on the socket.io namespace `/chat`. A client resumes its
 * conversation by presenting the id and secret token it was given; without both it gets a new
 * one. Every socket of a conversation joins the conversation's room, so all its tabs see replies.
 */
export class WebChatConnector implements Connector {
  readonly channel = 'web' as const;
  readonly capabilities: Capabilities = richCapabilities;
  private readonly namespace: Namespace;
  private onEvent: EventHandler | undefined;
  /** The socket each in-flight shopper event came from, by room and event id. */
  private readonly senders = new Map<string, Socket>();

  constructor(private readonly options: WebChatOptions) {
    this.namespace = options.io.of('/chat');
  }

  async start(onEvent: EventHandler): Promise<void> {
    this.onEvent = onEvent;
    this.namespace.on('connection', (socket) => {
      // Listeners go on at once, before the session is open, so that an outbox a reconnecting
      // client flushes immediately is not dropped; each event waits for the session, in order.
      // Opening a conversation costs a point too, so one client cannot create them in a flood.
      const client = this.options.trustProxy ? proxyAddress(socket.request, this.options.trustProxy) : socket.handshake.address;
      const session = this.options.limiter.consume(`connect:${client}`).then(() => this.open(socket));
      session.catch((error: unknown) => {
        if (error instanceof RateLimiterRes) {
          socket.emit('chat-error', { code: 'rate-limited', message: `too many new chats; wait ${Math.ceil(error.msBeforeNext / 1000)} s` });
        } else {
          this.options.log.error({ err: error }, 'web chat connection failed');
          socket.emit('chat-error', { code: 'internal', message: 'the chat could not start; please reload' });
        }
        socket.disconnect(true);
      });
      for (const type of ['message', 'choice'] as const) {
        socket.on(type, (payload: unknown, ack: unknown) => {
          session.then((record) => this.receive(socket, record, type, payload, ack), () => {}).catch((error: unknown) => {
            this.options.log.error({ err: error }, 'web chat event failed');
          });
        });
      }
    });
  }

  /**
   * The shopper whose message a turn answers gets the replies in that message's acknowledgement;
   * the conversation's other tabs get them as a `reply` event. One packet per message for the
   * sender instead of two keeps the socket's write path, its largest cost, in half.
   */
  async send(address: Address, parts: OutboundPart[], options: SendOptions & { from?: 'bot' | 'agent' } = {}): Promise<void> {
    const room = conversationKeyOf(address);
    const visible = parts.filter((part) => part.type !== 'typing');
    const sender = options.inReplyTo === undefined ? undefined : this.senders.get(senderKey(room, options.inReplyTo));
    const audience = sender ? sender.to(room) : this.namespace.to(room);
    if (parts.some((part) => part.type === 'typing')) audience.emit('typing', { on: true });
    if (visible.length > 0) audience.emit('reply', { parts: visible, from: options.from ?? 'bot' });
  }

  async stop(): Promise<void> {
    this.onEvent = undefined;
    this.namespace.disconnectSockets(true);
  }

  private async open(socket: Socket): Promise<ConversationRecord> {
    const auth = HandshakeAuth.safeParse(socket.handshake.auth ?? {});
    const wanted = auth.success ? auth.data : {};
    const resumed = await this.resume(wanted.conversationId, wanted.resumeToken);
    const token = resumed ? wanted.resumeToken ?? '' : randomBytes(24).toString('base64url');
    const record = resumed ?? await startConversation(this.options.store, {
      channel: 'web',
      botId: this.options.botId,
      languages: this.options.languages,
      defaultLanguage: this.options.defaultLanguage,
      secretHash: hashToken(token),
      ...(wanted.locale !== undefined && { locale: wanted.locale }),
    });
    const room = record.key;
    await socket.join(room);
    // What the widget shows, and no more: the bot's understanding (meta) stays on the server.
    const history = (await this.options.store.transcript(room, { limit: this.options.historyLimit ?? 100 }))
      .map(({ from, text, parts, at, eventId }) => ({ from, text, at, ...(parts && { parts }), ...(from === 'shopper' && eventId !== undefined && { eventId }) }));
    socket.emit('session', {
      conversationId: record.address.conversationId,
      resumeToken: token,
      language: record.state.language,
      history,
    });
    if (!resumed) {
      await this.dispatch({
        id: `start-${record.address.conversationId}`,
        type: 'conversation-start',
        address: record.address,
        receivedAt: new Date().toISOString(),
        ...(wanted.locale !== undefined && { locale: wanted.locale }),
        raw: { auth: 'omitted' },
      }, room);
    }
    return record;
  }

  private async resume(conversationId: string | undefined, token: string | undefined): Promise<ConversationRecord | undefined> {
    if (!conversationId || !token) return undefined;
    const record = await this.options.store.get(conversationKeyOf({ channel: 'web', botId: this.options.botId, conversationId }));
    if (!record?.secretHash) return undefined;
    const presented = Buffer.from(hashToken(token), 'hex');
    const expected = Buffer.from(record.secretHash, 'hex');
    return presented.length === expected.length && timingSafeEqual(presented, expected) ? record : undefined;
  }

  private async receive(socket: Socket, record: ConversationRecord, type: 'message' | 'choice', payload: unknown, ackCandidate: unknown): Promise<void> {
    const ack: Ack = typeof ackCandidate === 'function' ? (ackCandidate as Ack) : () => {};
    const refuse = (code: string, message: string): void => {
      socket.emit('chat-error', { code, message });
      ack({ ok: false, error: { code, message } });
    };
    const parsed = type === 'message' ? MessagePayload.safeParse(payload) : ChoicePayload.safeParse(payload);
    if (!parsed.success) return refuse('invalid-event', `a ${type} event needs ${type === 'message' ? '{ id, text }' : '{ id, payload }'}`);
    if ('text' in parsed.data) {
      if (Buffer.byteLength(parsed.data.text, 'utf8') > MAX_TEXT_BYTES) return refuse('text-too-long', `messages are limited to ${MAX_TEXT_BYTES} bytes`);
      if (parsed.data.text.trim() === '') return refuse('invalid-event', 'the message is empty');
    }
    try {
      await this.options.limiter.consume(record.key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return refuse('rate-limited', `too many messages; wait ${Math.ceil(rejection.msBeforeNext / 1000)} s`);
      throw rejection;
    }
    const common = { id: parsed.data.id, address: record.address, receivedAt: new Date().toISOString(), raw: payload };
    const event: InboundEvent = 'text' in parsed.data
      ? { ...common, type: 'message', text: parsed.data.text, attachments: [] }
      : { ...common, type: 'choice', payload: parsed.data.payload };
    const key = senderKey(record.key, event.id);
    this.senders.set(key, socket);
    try {
      const outcome = await this.dispatch(event, record.key);
      // A duplicate's replies were shown already: they are in the history the reconnect brought.
      if (outcome.duplicate) ack({ ok: true, duplicate: true });
      else ack({ ok: true, replies: outcome.replies.filter((part) => part.type !== 'typing') });
    } catch (error) {
      this.options.log.error({ err: error, conversationKey: record.key }, 'web chat event failed');
      refuse('unavailable', 'the message could not be handled; please try again');
    } finally {
      if (this.senders.get(key) === socket) this.senders.delete(key);
    }
  }

  private async dispatch(event: InboundEvent, room: string) {
    if (!this.onEvent) throw new Error('the web chat channel is not running');
    // Dots only for a turn that is still thinking after a moment: a reply that comes at once
    // needs none, and two packets fewer per message matter at thousands of messages a second.
    let typing = false;
    const timer = setTimeout(() => {
      typing = true;
      this.namespace.to(room).emit('typing', { on: true });
    }, this.options.typingDelayMs ?? TYPING_DELAY_MS);
    try {
      return await this.onEvent(event);
    } finally {
      clearTimeout(timer);
      if (typing) this.namespace.to(room).emit('typing', { on: false });
    }
  }
}

/** How long a turn runs before the widget is told the bot is typing. */
export const TYPING_DELAY_MS = 300;

function senderKey(room: string, eventId: string): string {
  return `${room}\u0000${eventId}`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
