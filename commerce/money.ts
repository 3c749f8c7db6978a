/**
 * An amount of money as the port exposes it: `amount` in major units (dollars, yuan, euros),
 * rounded to 2 decimals, and an ISO 4217 `currency`. Backends keep integer minor units and
 * convert only at the edge, so sums never drift. Every shop currency is assumed to have 2 minor
 * digits (USD, EUR, CNY, GBP, MXN ...); zero-decimal currencies such as JPY are not supported.
 */
export interface Money {
  amount: number;
  currency: string;
}

export const MINOR_UNITS_PER_MAJOR = 100;

export function moneyFromMinor(minor: number, currency: string): Money {
  return { amount: minor / MINOR_UNITS_PER_MAJOR, currency };
}

/** Back to integer minor units, e.g. to add amounts without floating-point drift. */
export function minorFromMoney(money: Money): number {
  return Math.round(money.amount * MINOR_UNITS_PER_MAJOR);
}
