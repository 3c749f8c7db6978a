/**
 * `npm run seed [-- --seed <n>] [-- --now <ISO date>]`: rebuilds the demo shop in Parley's SQLite
 * file and prints one summary line.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_DEMO_SEED } from '../demo/generate-demo-shop.js';
import { reseedDemoShop } from '../demo/open-demo-shop.js';
import { openShopDatabase } from './open-shop-database.js';

const Arguments = z.object({
  seed: z.coerce.number().int().nonnegative().default(DEFAULT_DEMO_SEED),
  now: z.iso.datetime({ offset: true }).transform((text) => new Date(text)).optional(),
});

const { values } = parseArgs({ options: { seed: { type: 'string' }, now: { type: 'string' } } });
const parsed = Arguments.safeParse(values);
if (!parsed.success) {
  console.error(`seed: ${z.prettifyError(parsed.error)}`);
  process.exit(2);
}

const { db, file, currency } = openShopDatabase();
try {
  const started = performance.now();
  const summary = reseedDemoShop(db, { seed: parsed.data.seed, now: parsed.data.now ?? new Date(), currency });
  const statuses = Object.entries(summary.ordersByStatus)
    .map(([status, total]) => `${total} ${status}`)
    .join(', ');
  console.log(
    `Seeded demo shop in ${file}: ${summary.products} products in ${summary.categories} categories, ${summary.customers} customers, ` +
      `${summary.orders} orders (${statuses}), ${summary.shipments} shipments, ${summary.refunds} refunds ` +
      `[seed ${summary.seed}, ${summary.currency}, ${Math.round(performance.now() - started)} ms]`,
  );
} finally {
  db.close();
}
