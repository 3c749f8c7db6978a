import type { Money } from '../money.js';

/** Why the money went back; the wording lives in `locales/`. */
export type RefundReason = 'order-cancelled' | 'changed-mind' | 'wrong-size' | 'damaged' | 'not-as-described' | 'late-delivery';

/** `pending`: accepted, money not sent yet (e.g. waiting for the return). `completed`: paid back. */
export type RefundStatus = 'pending' | 'completed';

export interface Refund {
  id: string;
  orderId: string;
  amount: Money;
  reason: RefundReason;
  status: RefundStatus;
  /** ISO 8601. */
  requestedAt: string;
  completedAt?: string;
}

/** Refunds, scoped by the customer who owns the order. */
export interface RefundsPort {
  /** Oldest first; empty when there are none or the order is not the customer's. */
  listForOrder(customerId: string, orderId: string): Promise<Refund[]>;
}
