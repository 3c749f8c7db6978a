import {
  ActivityTypes, ConversationState, MemoryStorage, MessageFactory, type Activity, type StatePropertyAccessor, type TurnContext,
} from 'botbuilder-core';
import {
  DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { OrderCase } from '../lib/demo-orders.js';

const orderNumberPattern = /(?:#\s?)?(?<number>[1-9]\d{4})(?!\d)/u;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
const greetingPattern = /^\s*(hi+|hello|hey)\b/iu;
/** What the order dialog keeps between its steps (`step.values`). */
interface OrderDialogValues {
  orderId?: string;
}

const menu = ['Where is my order?', 'Track a parcel', 'Show me products', 'Talk to a person'];

/**
 * The Bot Framework peer: the same two behaviours as Parley's shop bot, written the way the
 * botbuilder-dialogs samples write them — ConversationState over MemoryStorage, a DialogSet, and
 * a 3-step WaterfallDialog (order number -> email -> status) with a TextPrompt. English only, no
 * transcript, no dedupe and a Map instead of SQLite for the shop: it does less work per turn than
 * Parley does, so the ratio it gives is conservative.
 */
export class WaterfallBot {
  readonly storage = new MemoryStorage();
  private readonly conversationState = new ConversationState(this.storage);
  private readonly dialogState: StatePropertyAccessor<DialogState> = this.conversationState.createProperty<DialogState>('dialogState');
  private readonly dialogs = new DialogSet(this.dialogState);
  private readonly orders: Map<string, OrderCase>;

  constructor(orders: readonly OrderCase[]) {
    this.orders = new Map(orders.map((order) => [order.orderId, order]));
    this.dialogs.add(new TextPrompt('text-prompt'));
    this.dialogs.add(new WaterfallDialog('order-status', [
      (step) => this.askOrderNumber(step),
      (step) => this.askEmail(step),
      (step) => this.showStatus(step),
    ]));
  }

  /** The bot's turn handler, for `adapter.processActivity(activity, bot.run)`. */
  readonly run = async (context: TurnContext): Promise<void> => {
    if (context.activity.type === ActivityTypes.Message) {
      const dialogContext = await this.dialogs.createContext(context);
      const result = await dialogContext.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        const text = context.activity.text ?? '';
        const orderId = orderNumberPattern.exec(text)?.groups?.number;
        if (/\b(order|where is)\b/iu.test(text)) await dialogContext.beginDialog('order-status', { orderId });
        else if (greetingPattern.test(text)) {
          await context.sendActivity(MessageFactory.suggestedActions(menu, "Hi! I'm the demo shop assistant. I can check on an order, track a parcel or show you some products. What can I do for you?"));
        } else await context.sendActivity("Sorry, I didn't get that.");
      }
    }
    await this.conversationState.saveChanges(context);
  };

  private async askOrderNumber(step: WaterfallStepContext) {
    const { orderId } = step.options as { orderId?: string };
    if (orderId !== undefined) return step.next(orderId);
    return step.prompt('text-prompt', 'What is the order number? It looks like #10042.');
  }

  private async askEmail(step: WaterfallStepContext) {
    const orderId = orderNumberPattern.exec(String(step.result))?.groups?.number;
    if (orderId === undefined) {
      await step.context.sendActivity("That doesn't look like an order number.");
      return step.endDialog();
    }
    (step.values as OrderDialogValues).orderId = orderId;
    return step.prompt('text-prompt', `To keep your order private, please tell me the email address you used for order #${orderId}.`);
  }

  private async showStatus(step: WaterfallStepContext) {
    const orderId = String((step.values as OrderDialogValues).orderId);
    const email = emailPattern.exec(String(step.result))?.[0]?.toLowerCase();
    const order = this.orders.get(orderId);
    if (!order || email !== order.email.toLowerCase()) {
      await step.context.sendActivity(`That email doesn't match order #${orderId}.`);
      return step.endDialog();
    }
    await step.context.sendActivities([
      { type: ActivityTypes.Message, text: `Order #${order.orderId} is ${order.status}.` },
      { type: ActivityTypes.Message, text: `Items: ${order.itemNames.join(', ')}` },
      MessageFactory.suggestedActions(['Track shipment', 'Another order'], 'Anything else?') as Partial<Activity>,
    ]);
    return step.endDialog({ orderId, status: order.status });
  }
}
