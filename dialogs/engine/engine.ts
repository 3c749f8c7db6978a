import type { Logger } from 'pino';
import { conversationKeyOf } from '../../connectors/contract/address.js';
import { InboundEventSchema, type InboundEvent } from '../../connectors/contract/inbound-event.js';
import type { HandledEvent } from '../../connectors/contract/connector.js';
import type { Translator } from '../i18n/translator.js';
import type { ConversationMode } from '../state/conversation-state.js';
import { compose, type Middleware } from './compose.js';
import { TurnTimeoutError } from './errors.js';
import { KeyedQueue } from './keyed-queue.js';
import { TurnContext } from './turn-context.js';

export interface TurnOutcome extends HandledEvent {
  eventId: string;
  conversationKey: string;
  state: { mode: ConversationMode; language: string; intent?: string };
  /** Set when the turn failed and the shopper got the apology instead. */
  error?: string;
}

/** What the engine does when a turn throws or times out; see `apologize`. */
export type ErrorBoundary = (ctx: TurnContext, error: unknown) => Promise<void>;

export interface EngineOptions {
  stages: Middleware<TurnContext>[];
  log: Logger;
  turnTimeoutMs: number;
  onError: ErrorBoundary;
  translator: Translator;
}

/**
 * Runs every inbound event through the pipeline. Turns of one conversation run strictly one at a
 * time in arrival order; a turn that throws or outlives `turnTimeoutMs` goes to the error boundary,
 * and the next turn of the conversation is not held up by it.
 */
export class Engine {
  private readonly pipeline: Middleware<TurnContext>;
  private readonly queue = new KeyedQueue();
  private accepting = true;

  constructor(private readonly options: EngineOptions) {
    this.pipeline = compose(options.stages);
  }

  /** Validates the event at the boundary, then queues its turn behind the conversation's others. */
  async handle(candidate: InboundEvent): Promise<TurnOutcome> {
    if (!this.accepting) throw new Error('the engine is shutting down');
    const event = InboundEventSchema.parse(candidate);
    return this.queue.run(conversationKeyOf(event.address), () => this.runTurn(event));
  }

  /** Stops taking events and waits for the turns in flight to finish. */
  async drain(): Promise<void> {
    this.accepting = false;
    await this.queue.drain();
  }

  private async runTurn(event: InboundEvent): Promise<TurnOutcome> {
    const conversationKey = conversationKeyOf(event.address);
    const ctx = new TurnContext(event, this.options.log, this.options.translator);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new TurnTimeoutError(this.options.turnTimeoutMs)), this.options.turnTimeoutMs);
    });
    let error: string | undefined;
    try {
      await Promise.race([this.pipeline(ctx, async () => {}), timeout]);
    } catch (caught) {
      // Whatever the stale pipeline still does, it sees the abort and commits nothing.
      ctx.abort(caught);
      error = caught instanceof TurnTimeoutError ? caught.code : 'turn-failed';
      ctx.log.error({ err: caught }, 'turn failed');
      await this.options.onError(ctx, caught).catch((boundaryError: unknown) => {
        ctx.log.error({ err: boundaryError }, 'the error boundary failed too');
      });
    } finally {
      clearTimeout(timer);
    }
    const state = ctx.hasState ? ctx.state : undefined;
    return {
      eventId: event.id,
      conversationKey,
      replies: ctx.replies,
      duplicate: ctx.duplicate,
      state: {
        mode: state?.mode ?? 'bot',
        language: state?.language ?? event.locale ?? this.options.translator.fallbackLanguage,
        ...(state?.intent !== undefined && { intent: state.intent }),
      },
      ...(error !== undefined && { error }),
    };
  }
}
