import type { OrderCase } from '../lib/demo-orders.js';

/**
 * One bot under test, driven in process. Each method plays one whole conversation and checks the
 * bot answered it as a shopper would expect (a wrong answer throws: a fast wrong bot is no result).
 */
export interface TurnDriver {
  readonly name: string;
  /** One turn: a new conversation whose shopper says "hi". */
  greet(conversationId: string): Promise<void>;
  /** Two turns: "where is my order #N" -> (asked for the email) -> the email -> the status. */
  orderStatus(conversationId: string, order: OrderCase): Promise<void>;
  close(): Promise<void>;
}

export class WrongAnswerError extends Error {
  constructor(driver: string, conversationId: string, expected: string, got: unknown) {
    super(`${driver} answered conversation ${conversationId} wrongly: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'WrongAnswerError';
  }
}
