import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import { conversationKeyOf, type Address } from '../contract/address.js';
import { richCapabilities, type Capabilities } from '../contract/capabilities.js';
import type { Connector, EventHandler, HandledEvent } from '../contract/connector.js';
import { MAX_TEXT_BYTES, type InboundEvent } from '../contract/inbound-event.js';
import type { ConversationStore } from '../../dialogs/state/conversation-store.js';
import { startConversation } from '../../dialogs/state/start-conversation.js';
import { HttpError } from '../http/http-error.js';

const CreateConversationBody = z.object({
  userId: z.string().trim().min(1).max(128).optional(),
  locale: z.string().trim().min(2).max(35).optional(),
}).strict();

const MessageBody = z.union([
  z.object({ text: z.string() }).strict(),
  z.object({ payload: z.string().min(1).max(512) }).strict(),
]);

const TranscriptQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() });
const IdempotencyKey = z.string().min(1).max(200);

export interface RestConnectorOptions {
  store: ConversationStore;
  botId: string;
  languages: readonly string[];
  defaultLanguage: string;
}

/**
 * The REST channel: a conversation per `POST /conversations`, one turn per message, the turn's
 * replies in the response body. Mount `router` under `/api/v1` behind auth and rate limiting.
 */
export class RestConnector implements Connector {
  readonly channel = 'rest' as const;
  readonly capabilities: Capabilities = { ...richCapabilities, typing: false };
  readonly router: Router;
  private onEvent: EventHandler | undefined;

  constructor(private readonly options: RestConnectorOptions) {
    this.router = this.buildRouter();
  }

  async start(onEvent: EventHandler): Promise<void> {
    this.onEvent = onEvent;
  }

  /** Replies travel in the HTTP response; lines sent outside a turn are read from the transcript. */
  async send(_address: Address, _parts: unknown[]): Promise<void> {}

  async stop(): Promise<void> {
    this.onEvent = undefined;
  }

  private buildRouter(): Router {
    const router = Router();
    router.use(express.json({ limit: '64kb', strict: true }));

    router.post('/conversations', async (req, res) => {
      const body = parse(CreateConversationBody, req.body ?? {});
      const record = await startConversation(this.options.store, {
        channel: 'rest',
        botId: this.options.botId,
        languages: this.options.languages,
        defaultLanguage: this.options.defaultLanguage,
        ...body,
      });
      res.status(201).json({ conversationId: record.address.conversationId });
    });

    router.post('/conversations/:id/messages', async (req, res) => {
      const body = parse(MessageBody, req.body);
      const address = await this.requireConversation(req.params.id);
      if ('text' in body) {
        if (Buffer.byteLength(body.text, 'utf8') > MAX_TEXT_BYTES) {
          throw new HttpError(413, 'text-too-long', `text must be at most ${MAX_TEXT_BYTES} bytes`);
        }
        if (body.text.trim() === '') throw new HttpError(400, 'invalid-body', 'text must not be empty');
      }
      const eventId = req.get('idempotency-key') === undefined ? randomUUID() : parse(IdempotencyKey, req.get('idempotency-key'));
      const common = { id: eventId, address, receivedAt: new Date().toISOString(), raw: req.body as unknown };
      const event: InboundEvent = 'text' in body
        ? { ...common, type: 'message', text: body.text, attachments: [] }
        : { ...common, type: 'choice', payload: body.payload };
      const outcome = await this.dispatch(event);
      res.json({ replies: outcome.replies, state: outcome.state });
    });

    router.get('/conversations/:id/transcript', async (req, res) => {
      const query = parse(TranscriptQuery, req.query);
      const address = await this.requireConversation(req.params.id);
      const messages = await this.options.store.transcript(conversationKeyOf(address), query);
      res.json({ messages });
    });

    return router;
  }

  private async dispatch(event: InboundEvent): Promise<HandledEvent> {
    if (!this.onEvent) throw new HttpError(503, 'unavailable', 'the REST channel is not running');
    return this.onEvent(event);
  }

  private async requireConversation(id: string | string[] | undefined): Promise<Address> {
    const conversationId = typeof id === 'string' ? id : '';
    const key = conversationKeyOf({ channel: 'rest', botId: this.options.botId, conversationId });
    const record = conversationId.length <= 128 ? await this.options.store.get(key) : undefined;
    if (!record) throw new HttpError(404, 'conversation-not-found', `no conversation ${conversationId.slice(0, 128)}`);
    return record.address;
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new HttpError(400, 'invalid-body', `${where}${issue?.message ?? 'invalid request'}`);
  }
  return result.data;
}
