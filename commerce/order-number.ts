/**
 * Order numbers are 5-digit strings starting at 10001, shown to shoppers as `#10001`.
 * The pattern finds one in free text with an optional `#` ("where is #10042", "订单10042",
 * "pedido 10042") and refuses longer digit runs (phone numbers, tracking numbers).
 * Latin letters right before it are refused too (`SF10042...`), Chinese ones are not (`订单10042`).
 * It has no `g` flag on purpose: a shared global RegExp keeps `lastIndex` between calls.
 */
export const ORDER_NUMBER_PATTERN = /(?<![\p{N}A-Za-z])(?:#\s?)?(?<number>[1-9]\d{4})(?!\p{N})/u;

/**
 * The first order number in `text` as the bare id (`'10042'`), or undefined.
 * Full-width characters, which Chinese keyboards often produce (`＃１００４２`), are folded first.
 */
export function normalizeOrderNumber(text: string): string | undefined {
  return ORDER_NUMBER_PATTERN.exec(text.normalize('NFKC'))?.groups?.number;
}

/** How an order number is shown to a shopper. */
export function formatOrderNumber(orderId: string): string {
  return `#${orderId}`;
}
