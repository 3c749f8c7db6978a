import type { TurnContext } from '../engine/turn-context.js';

/**
 * A piece of the bot's behaviour: it says whether it takes the turn, then answers through
 * `ctx.reply` and may change `ctx.state`. The flow interpreter will be one skill among these.
 */
export interface Skill {
  readonly name: string;
  canHandle(ctx: TurnContext): boolean;
  handle(ctx: TurnContext): Promise<void>;
}
