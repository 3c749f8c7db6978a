import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBotConfig } from '../../bots/bot-config.js';
import { loadConfig } from '../../config/load-config.js';
import type { Address } from '../../connectors/contract/address.js';
import type { InboundEvent } from '../../connectors/contract/inbound-event.js';
import type { TurnOutcome } from '../../dialogs/engine/engine.js';
import { createParley } from '../../server.js';
import { WrongAnswerError, type TurnDriver } from './turn-driver.js';

/**
 * Parley's whole engine pipeline (load state, dedupe, transcript, language, understanding, skills
 * and tools over the demo shop, render, persist) built by `createParley`, driven through
 * `engine.handle` on the REST channel, whose delivery is a no-op: no HTTP and no sockets.
 */
export async function createParleyDriver(env: Record<string, string> = {}): Promise<TurnDriver> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', STORE: 'memory', DATA_DIR: dataDir, ...env });
  const parley = await createParley(config);
  const botId = loadBotConfig(config.BOT_DIR).id;
  const address = (conversationId: string): Address => ({ channel: 'rest', botId, conversationId, userId: `shopper-${conversationId}` });
  const say = (conversationId: string, turn: number, text: string): Promise<TurnOutcome> => {
    const event: InboundEvent = {
      id: `${conversationId}-${turn}`, type: 'message', text, attachments: [],
      address: address(conversationId), receivedAt: new Date().toISOString(), raw: { text },
    };
    return parley.engine.handle(event);
  };

  const name = `Parley (${config.STORE})`;
  return {
    name,
    async greet(conversationId) {
      const outcome = await say(conversationId, 1, 'hi');
      if (outcome.error !== undefined || outcome.replies[0]?.type !== 'choices') throw new WrongAnswerError(name, conversationId, 'the greeting menu', outcome);
    },
    async orderStatus(conversationId, order) {
      const asked = await say(conversationId, 1, `where is my order #${order.orderId}`);
      if (asked.error !== undefined || !replyText(asked).includes('email')) throw new WrongAnswerError(name, conversationId, 'a question for the email', asked);
      const shown = await say(conversationId, 2, `it is ${order.email}`);
      if (shown.error !== undefined || shown.replies.length < 3 || !replyText(shown).includes(order.orderId)) {
        throw new WrongAnswerError(name, conversationId, `the status of order #${order.orderId}`, shown);
      }
    },
    async close() {
      await parley.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function replyText(outcome: TurnOutcome): string {
  return outcome.replies.map((part) => ('text' in part ? part.text : '')).join('\n');
}
