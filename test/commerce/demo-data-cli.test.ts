import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { pickSampleShoppers } from '../../commerce/demo/pick-sample-shoppers.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

const isoDate = z.iso.datetime();
const DemoData = z.strictObject({
  customers: z.array(z.strictObject({ id: z.string(), email: z.email(), name: z.string().min(1) })).min(100),
  orders: z
    .array(
      z.strictObject({
        id: z.string().regex(/^\d{5}$/),
        customerId: z.string(),
        status: z.enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']),
        total: z.number().positive(),
        currency: z.string().regex(/^[A-Z]{3}$/),
        items: z
          .array(z.strictObject({ productId: z.string(), name: z.string().min(1), quantity: z.number().int().positive(), unitPrice: z.number().positive() }))
          .min(1),
        placedAt: isoDate,
        deliveredAt: isoDate.optional(),
      }),
    )
    .min(500),
});

async function runCli(script: string, databaseFile: string): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', script], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_FILE: databaseFile },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the demo shop CLIs', function () {
  this.timeout(30_000);
  let directory = '';

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'parley-commerce-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('demo-data seeds an empty database and prints only the customers and orders as JSON', async () => {
    const file = join(directory, 'nested', 'parley.db');
    const { stdout } = await runCli('commerce/cli/demo-data.ts', file);
    const data = DemoData.parse(JSON.parse(stdout));
    expect(new Set(data.orders.map((order) => order.status)).size).to.equal(6);
    for (const order of data.orders) {
      expect(order.deliveredAt !== undefined, order.id).to.equal(order.status === 'delivered');
      const sum = order.items.reduce((total, item) => total + Math.round(item.unitPrice * 100) * item.quantity, 0);
      expect(Math.round(order.total * 100)).to.equal(sum);
      expect(data.customers.some((customer) => customer.id === order.customerId)).to.equal(true);
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
    } finally {
      db.close();
    }
  });

  it('demo-data prints the same shop again without reseeding it', async () => {
    const file = join(directory, 'parley.db');
    const first = await runCli('commerce/cli/demo-data.ts', file);
    const second = await runCli('commerce/cli/demo-data.ts', file);
    expect(second.stdout).to.equal(first.stdout);
  });

  it('seed rebuilds the data in DATA_DIR/parley.db and prints a one-line summary', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'commerce/cli/seed.ts', '--seed', '3', '--now', '2025-06-15T09:30:00Z'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_FILE: '', DATA_DIR: directory },
    });
    expect(stdout.trim().split('\n')).to.have.length(1);
    expect(stdout).to.match(/240 products in 8 categories, 120 customers, 560 orders \(.*\d+ pending.*\)/);
    const db = new Database(join(directory, 'parley.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT seed, seeded_at FROM shop_meta').get()).to.deep.equal({ seed: 3, seeded_at: '2025-06-15T09:30:00.000Z' });
      const samples = pickSampleShoppers(db);
      expect(samples.map((sample) => sample.status)).to.deep.equal(['shipped', 'delivered', 'pending', 'refunded', 'paid', 'cancelled']);
      expect(new Set(samples.map((sample) => sample.customerId)).size).to.equal(samples.length);
    } finally {
      db.close();
    }
  });

  it('seed refuses a malformed argument', async () => {
    const bad = await run(process.execPath, ['--import', 'tsx', 'commerce/cli/seed.ts', '--seed', 'many'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_FILE: join(directory, 'parley.db') },
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(bad).to.have.property('code', 2);
  });
});
