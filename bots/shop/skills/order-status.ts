import { formatDate, formatList, formatMoney } from '../../../dialogs/i18n/format.js';
import type { TurnContext } from '../../../dialogs/engine/turn-context.js';
import type { Skill } from '../../../dialogs/skills/skill.js';
import type { ToolContext } from '../../../dialogs/tools/define-tool.js';
import type { ToolRegistry } from '../../../dialogs/tools/tool-registry.js';
import type { OrderSummary } from '../tools/get-order.js';

/** Wrong or missing answers allowed before the bot stops asking. */
const MAX_ATTEMPTS = 3;
const orderIntents = new Set(['order_status', 'track_shipment']);

/**
 * Order status and tracking. Nothing about an order is shown until the conversation's customer
 * is verified: an anonymous shopper is asked for the email on the order first, and every later
 * look-up is scoped to the customer that email proved.
 */
export const orderStatus = (tools: ToolRegistry): Skill => ({
  name: 'order-status',
  canHandle(ctx) {
    const payload = choicePayload(ctx);
    if (payload) return payload === 'menu:order' || payload.startsWith('order:') || payload.startsWith('track:');
    if (orderIntents.has(ctx.understanding?.intent.name ?? '')) return true;
    // A pending question takes the answer, unless the shopper clearly turned to something else.
    return ctx.state.awaiting !== undefined && (hasEntity(ctx, 'email') || hasEntity(ctx, 'order_number') || ctx.understanding?.intent.name === 'out_of_scope');
  },
  async handle(ctx) {
    const payload = choicePayload(ctx);
    // The turn belongs to this task even when the message itself was only an email or a number.
    ctx.state.intent = payload?.startsWith('track:') ? 'track_shipment' : 'order_status';
    if (payload === 'menu:order') return askOrderNumber(ctx, 0);
    if (payload?.startsWith('track:')) return showTracking(ctx, tools, payload.slice('track:'.length));
    const orderId = payload?.startsWith('order:') ? payload.slice('order:'.length) : entity(ctx, 'order_number');
    const email = entity(ctx, 'email');
    const awaiting = ctx.state.awaiting;

    if (awaiting?.kind === 'order-email' && (orderId === undefined || orderId === awaiting.orderId)) {
      if (!email) return retry(ctx, awaiting.attempts, () => askEmail(ctx, awaiting.orderId, awaiting.attempts + 1, 'order.askEmailAgain'));
      return verifyThenShow(ctx, tools, awaiting.orderId, email, awaiting.attempts);
    }
    if (!orderId) {
      const attempts = awaiting?.kind === 'order-number' ? awaiting.attempts + 1 : 0;
      return retry(ctx, attempts, () => askOrderNumber(ctx, attempts));
    }
    if (ctx.state.customer) return showOrder(ctx, tools, orderId);
    if (email) return verifyThenShow(ctx, tools, orderId, email, 0);
    return askEmail(ctx, orderId, 0, 'order.askEmail');
  },
});

function askOrderNumber(ctx: TurnContext, attempts: number): void {
  ctx.state.awaiting = { kind: 'order-number', attempts };
  ctx.reply.text(attempts === 0 ? 'order.askNumber' : 'order.askNumberAgain');
}

function askEmail(ctx: TurnContext, orderId: string, attempts: number, key: string): void {
  ctx.state.awaiting = { kind: 'order-email', orderId, attempts };
  ctx.reply.text(key, { orderId });
}

/** Gives up politely once the shopper has had MAX_ATTEMPTS tries. */
function retry(ctx: TurnContext, attempts: number, ask: () => void): void {
  if (attempts >= MAX_ATTEMPTS) {
    delete ctx.state.awaiting;
    ctx.reply.text('order.gaveUp');
    return;
  }
  ask();
}

async function verifyThenShow(ctx: TurnContext, tools: ToolRegistry, orderId: string, email: string, attempts: number): Promise<void> {
  const verified = await tools.call<{ customerId: string }>('verify-order-owner', { orderId, email }, toolContext(ctx));
  if (verified.type === 'tool-error') {
    ctx.log.info({ orderId, code: verified.code }, 'order ownership not verified');
    return retry(ctx, attempts + 1, () => askEmail(ctx, orderId, attempts + 1, 'order.notMatched'));
  }
  ctx.state.customer = { id: verified.output.customerId, method: 'order-email', verifiedAt: new Date().toISOString() };
  await showOrder(ctx, tools, orderId);
}

async function showOrder(ctx: TurnContext, tools: ToolRegistry, orderId: string): Promise<void> {
  delete ctx.state.awaiting;
  ctx.state.slots.orderId = orderId;
  const result = await tools.call<OrderSummary>('get-order', { orderId }, toolContext(ctx));
  if (result.type === 'tool-error') {
    ctx.reply.text(result.code === 'order-not-found' ? 'order.notOnAccount' : 'order.lookupFailed', { orderId });
    return;
  }
  const order = result.output;
  const language = ctx.state.language;
  ctx.reply.text(`order.status.${order.status}`, {
    orderId: order.id,
    placedAt: formatDate(order.placedAt, language),
    deliveredAt: order.deliveredAt ? formatDate(order.deliveredAt, language) : '',
    eta: order.shipment ? formatDate(order.shipment.estimatedDeliveryAt, language) : '',
    carrier: order.shipment?.carrier ?? '',
    total: formatMoney(order.total, language),
  });
  ctx.reply.text('order.items', { items: formatList(order.items.map((item) => `${item.quantity} × ${item.name}`), language) });
  const choices = [{ labelKey: 'menu.anotherOrder', payload: 'menu:order' }];
  if (order.shipment) {
    const latest = order.shipment.latest;
    if (latest) {
      ctx.reply.text('order.latestEvent', {
        event: ctx.t(`shipment.event.${latest.code}`), location: latest.location, at: formatDate(latest.at, language),
      });
    }
    choices.unshift({ labelKey: 'menu.trackShipment', payload: `track:${order.id}` });
  }
  ctx.reply.choices('order.more', choices);
}

async function showTracking(ctx: TurnContext, tools: ToolRegistry, orderId: string): Promise<void> {
  if (!ctx.state.customer) return askEmail(ctx, orderId, 0, 'order.askEmail');
  const result = await tools.call<{ carrier: string; trackingNumber: string; events: Array<{ code: string; at: string; location: string }> }>(
    'track-shipment', { orderId }, toolContext(ctx));
  if (result.type === 'tool-error') {
    ctx.reply.text(result.code === 'not-shipped' ? 'shipment.notShipped' : 'order.notOnAccount', { orderId });
    return;
  }
  const { carrier, trackingNumber, events } = result.output;
  const timeline = events.map((event) => `• ${formatDate(event.at, ctx.state.language)} — ${ctx.t(`shipment.event.${event.code}`)}, ${event.location}`);
  ctx.reply.text('shipment.timeline', { orderId, carrier, trackingNumber, timeline: timeline.join('\n') });
}

function toolContext(ctx: TurnContext): ToolContext {
  return { customerId: ctx.state.customer?.id, language: ctx.state.language, signal: ctx.signal };
}

function choicePayload(ctx: TurnContext): string | undefined {
  return ctx.event.type === 'choice' ? ctx.event.payload : undefined;
}

function entity(ctx: TurnContext, type: string): string | undefined {
  return ctx.understanding?.entities.find((candidate) => candidate.type === type)?.value;
}

function hasEntity(ctx: TurnContext, type: string): boolean {
  return entity(ctx, type) !== undefined;
}
