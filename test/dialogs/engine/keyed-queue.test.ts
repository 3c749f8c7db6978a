import { expect } from 'chai';
import { KeyedQueue } from '../../../dialogs/engine/keyed-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedQueue', () => {
  it('runs tasks of one key one at a time in arrival order', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      log.push(`${name}:start`);
      await sleep(ms);
      log.push(`${name}:end`);
      running -= 1;
    };
    await Promise.all([queue.run('a', task('1', 20)), queue.run('a', task('2', 1)), queue.run('a', task('3', 5))]);
    expect(maxRunning).to.equal(1);
    expect(log).to.deep.equal(['1:start', '1:end', '2:start', '2:end', '3:start', '3:end']);
  });

  it('runs different keys in parallel', async () => {
    const queue = new KeyedQueue();
    let running = 0;
    let maxRunning = 0;
    const task = async () => { running += 1; maxRunning = Math.max(maxRunning, running); await sleep(10); running -= 1; };
    await Promise.all([queue.run('a', task), queue.run('b', task), queue.run('c', task)]);
    expect(maxRunning).to.equal(3);
  });

  it('keeps going after a failed task and forgets drained keys', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => { throw new Error('first fails'); });
    const second = queue.run('a', async () => 'second ran');
    expect(await failed.catch((error: Error) => error.message)).to.equal('first fails');
    expect(await second).to.equal('second ran');
    await queue.drain();
    expect(queue.activeKeys).to.equal(0);
  });
});
