/**
 * `npm run demo-data`: prints every demo customer and order as JSON on stdout, and nothing else,
 * seeding the shop first when the database has none.
 */
import { exportDemoData } from '../demo/export-demo-data.js';
import { openDemoShop } from '../demo/open-demo-shop.js';
import { openShopDatabase } from './open-shop-database.js';

const { db, currency } = openShopDatabase();
try {
  openDemoShop(db, { currency });
  process.stdout.write(`${JSON.stringify(exportDemoData(db), null, 2)}\n`);
} finally {
  db.close();
}
