/** The commerce layer's public surface: the shop port, its value types, and the demo backend. */
export * from './port/index.js';
export { SHOP_LOCALES } from './localized.js';
export type { Localized, ShopLocale } from './localized.js';
export { MINOR_UNITS_PER_MAJOR, minorFromMoney, moneyFromMinor } from './money.js';
export type { Money } from './money.js';
export { formatOrderNumber, normalizeOrderNumber, ORDER_NUMBER_PATTERN } from './order-number.js';
export { DEFAULT_DEMO_SEED, generateDemoShop } from './demo/generate-demo-shop.js';
export type { GenerateDemoShopOptions } from './demo/generate-demo-shop.js';
export { openDemoShop, reseedDemoShop, summarizeDemoShop } from './demo/open-demo-shop.js';
export type { DemoShopSummary, OpenDemoShopOptions } from './demo/open-demo-shop.js';
export { pickSampleShoppers } from './demo/pick-sample-shoppers.js';
export type { SampleShopper } from './demo/pick-sample-shoppers.js';
export { exportDemoData } from './demo/export-demo-data.js';
export type { DemoDataExport } from './demo/export-demo-data.js';
export { createSqliteShop } from './demo/sqlite/create-sqlite-shop.js';
