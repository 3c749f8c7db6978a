import type { Logger } from 'pino';
import { conversationKeyOf } from '../../connectors/contract/address.js';
import { inboundText, type InboundEvent } from '../../connectors/contract/inbound-event.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';
import type { ConversationRecord } from '../state/conversation-store.js';
import type { ConversationState } from '../state/conversation-state.js';
import type { Translator } from '../i18n/translator.js';
import type { Understanding } from '../understanding/understanding.js';
import { ReplyBuilder, type TranslationParams } from './reply-draft.js';

/**
 * Everything one turn knows. Stages fill it in as the event moves down the pipeline: the record
 * and a working copy of the state (load-state), the understanding, the reply drafts, the rendered
 * replies. The stored state changes only when the persist stage commits the working copy.
 */
export class TurnContext {
  readonly conversationKey: string;
  readonly reply = new ReplyBuilder();
  record: ConversationRecord | undefined;
  private workingState: ConversationState | undefined;
  understanding: Understanding | undefined;
  /** The parts sent for this turn, degraded to the channel's capabilities. */
  replies: OutboundPart[] = [];
  /** True when this event id was already processed and its recorded replies were returned. */
  duplicate = false;

  private turnLog: Logger | undefined;
  private abortController: AbortController | undefined;
  private abortReason: unknown;
  private abortedFlag = false;

  constructor(
    readonly event: InboundEvent,
    private readonly parentLog: Logger,
    private readonly translator: Translator,
  ) {
    this.conversationKey = conversationKeyOf(event.address);
  }

  /**
   * Fires when the turn is given up (timeout or error), for tools and I/O that can stop early.
   * Made on first use: most turns never need one, and the engine runs thousands a second.
   */
  get signal(): AbortSignal {
    if (!this.abortController) {
      this.abortController = new AbortController();
      if (this.abortedFlag) this.abortController.abort(this.abortReason);
    }
    return this.abortController.signal;
  }

  get aborted(): boolean {
    return this.abortedFlag;
  }

  /** Gives the turn up: stages that check `throwIfAborted` stop, and the signal fires. */
  abort(reason: unknown): void {
    if (this.abortedFlag) return;
    this.abortedFlag = true;
    this.abortReason = reason;
    this.abortController?.abort(reason);
  }

  throwIfAborted(): void {
    if (this.abortedFlag) throw this.abortReason;
  }

  /** The turn's logger, tagged with the conversation key and event id; made when first used. */
  get log(): Logger {
    this.turnLog ??= this.parentLog.child({ conversationKey: this.conversationKey, eventId: this.event.id });
    return this.turnLog;
  }

  get state(): ConversationState {
    if (!this.workingState) throw new Error('state is read before the load-state stage ran');
    return this.workingState;
  }

  set state(state: ConversationState) {
    this.workingState = state;
  }

  get hasState(): boolean {
    return this.workingState !== undefined;
  }

  /** Translates now, into the conversation's current language (for text built into a parameter). */
  t(key: string, params?: TranslationParams): string {
    return this.translator.t(this.hasState ? this.state.language : this.translator.fallbackLanguage, key, params);
  }

  /** The shopper's words for this turn ('' for conversation-start and -end). */
  get text(): string {
    return inboundText(this.event);
  }
}
