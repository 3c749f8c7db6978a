import {
  BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder-core';

const sentKey = Symbol('bench-adapter.sent');

/**
 * The lightest honest Bot Framework harness: a `BotAdapter` whose `processActivity` builds a real
 * `TurnContext` and runs the adapter's middleware and the bot's logic, and whose `sendActivities`
 * keeps the bot's replies for the caller instead of POSTing them to a channel. Unlike the SDK's
 * `TestAdapter` it keeps no transcript queue and no assertion state, so the peer pays nothing for
 * test tooling — only for the framework itself (TurnContext, storage, dialog stack).
 */
export class BenchAdapter extends BotAdapter {
  private nextActivityId = 0;

  /** Runs one turn and returns what the bot sent during it. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const sent: Partial<Activity>[] = [];
    context.turnState.set(sentKey, sent);
    await this.runMiddleware(context, logic);
    return sent;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sent = context.turnState.get(sentKey) as Partial<Activity>[] | undefined;
    sent?.push(...activities);
    return activities.map(() => ({ id: String(++this.nextActivityId) }));
  }

  async updateActivity(): Promise<void> {}

  async deleteActivity(): Promise<void> {}

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
