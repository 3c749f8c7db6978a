import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const DemoData = z.object({
  customers: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })),
  orders: z.array(z.object({
    id: z.string(),
    customerId: z.string(),
    status: z.enum(['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']),
    total: z.number(),
    currency: z.string(),
    items: z.array(z.unknown()).min(1),
    placedAt: z.string(),
    deliveredAt: z.string().optional(),
  })),
});
export type DemoData = z.infer<typeof DemoData>;

/** Runs `npm run demo-data`'s script against a database file and parses what it prints. */
export async function readDemoData(databaseFile: string): Promise<DemoData> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'commerce/cli/demo-data.ts'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_FILE: databaseFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  return DemoData.parse(JSON.parse(stdout));
}

/** A customer's email and one of their orders in the given status. */
export function sampleOrder(data: DemoData, status: DemoData['orders'][number]['status'], notOf?: string) {
  const order = data.orders.find((candidate) => candidate.status === status && candidate.customerId !== notOf);
  const customer = data.customers.find((candidate) => candidate.id === order?.customerId);
  if (!order || !customer) throw new Error(`the demo data has no ${status} order`);
  return { order, customer };
}
