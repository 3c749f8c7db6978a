/**
 * The socket.io load generator, in its own process (forked by the socket bench) so that the
 * shoppers and the server under test never share an event loop. It takes commands over IPC,
 * one at a time, and reports each result back.
 */
import { closedLoop } from './closed-loop.js';
import { LoadCommand, type LoadReport } from './load-protocol.js';
import { LoadShopper } from './load-shopper.js';
import { openLoop } from './open-loop.js';

let shoppers: LoadShopper[] = [];
let queue: Promise<void> = Promise.resolve();

const report = (message: LoadReport): void => {
  process.send?.(message);
};

process.on('message', (message: unknown) => {
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
process.on('disconnect', () => {
  for (const shopper of shoppers) shopper.close();
  process.exit(0);
});
report({ type: 'ready' });

async function handle(message: unknown): Promise<void> {
  const command = LoadCommand.parse(message);
  switch (command.type) {
    case 'connect': {
      const started = performance.now();
      for (let first = 0; first < command.clients; first += command.parallel) {
        const batch = Array.from({ length: Math.min(command.parallel, command.clients - first) }, (_, offset) =>
          new LoadShopper(command.url, shoppers.length + offset, command.timeoutMs));
        shoppers.push(...batch);
        await Promise.all(batch.map((shopper) => shopper.ready));
      }
      report({ type: 'connected', clients: shoppers.length, elapsedMs: performance.now() - started });
      return;
    }
    case 'closed-loop':
      if (command.clients > shoppers.length) throw new Error(`closed loop wants ${command.clients} shoppers, ${shoppers.length} connected`);
      report({ type: 'phase', result: await closedLoop(shoppers.slice(0, command.clients), command) });
      return;
    case 'open-loop':
      report({ type: 'phase', result: await openLoop(shoppers, command) });
      return;
    case 'disconnect':
      for (const shopper of shoppers) shopper.close();
      shoppers = [];
      report({ type: 'disconnected' });
      return;
    case 'exit':
      for (const shopper of shoppers) shopper.close();
      process.exit(0);
  }
}
