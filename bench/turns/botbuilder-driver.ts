import type { Activity } from 'botbuilder-core';
import type { OrderCase } from '../lib/demo-orders.js';
import { BenchAdapter } from '../peers/bench-adapter.js';
import { WaterfallBot } from '../peers/waterfall-bot.js';
import { WrongAnswerError, type TurnDriver } from './turn-driver.js';

/** The botbuilder-dialogs peer behind the minimal in-process adapter. */
export function createBotbuilderDriver(orders: readonly OrderCase[]): TurnDriver {
  const adapter = new BenchAdapter();
  const bot = new WaterfallBot(orders);
  const say = (conversationId: string, turn: number, text: string): Promise<Partial<Activity>[]> => adapter.processActivity({
    type: 'message', id: `${conversationId}-${turn}`, text, locale: 'en-US', channelId: 'bench', serviceUrl: 'http://127.0.0.1',
    timestamp: new Date(),
    conversation: { id: conversationId, name: '', isGroup: false, conversationType: 'personal' },
    from: { id: `shopper-${conversationId}`, name: 'shopper' },
    recipient: { id: 'bot', name: 'bot' },
  }, bot.run);

  const name = 'botbuilder-dialogs 4.23';
  return {
    name,
    async greet(conversationId) {
      const sent = await say(conversationId, 1, 'hi');
      if (sent[0]?.suggestedActions === undefined) throw new WrongAnswerError(name, conversationId, 'the greeting menu', sent);
    },
    async orderStatus(conversationId, order) {
      const asked = await say(conversationId, 1, `where is my order #${order.orderId}`);
      if (!activityText(asked).includes('email')) throw new WrongAnswerError(name, conversationId, 'a question for the email', asked);
      const shown = await say(conversationId, 2, `it is ${order.email}`);
      if (shown.length < 3 || !activityText(shown).includes(order.orderId)) {
        throw new WrongAnswerError(name, conversationId, `the status of order #${order.orderId}`, shown);
      }
    },
    async close() {},
  };
}

function activityText(activities: Partial<Activity>[]): string {
  return activities.map((activity) => activity.text ?? '').join('\n');
}
