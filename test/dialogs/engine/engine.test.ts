import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { richCapabilities } from '../../../connectors/contract/capabilities.js';
import type { InboundEvent } from '../../../connectors/contract/inbound-event.js';
import type { OutboundPart } from '../../../connectors/contract/outbound-part.js';
import { apologize } from '../../../dialogs/engine/apologize.js';
import type { Middleware } from '../../../dialogs/engine/compose.js';
import { Engine } from '../../../dialogs/engine/engine.js';
import type { TurnContext } from '../../../dialogs/engine/turn-context.js';
import { createTranslator } from '../../../dialogs/i18n/translator.js';
import { dedupe } from '../../../dialogs/middleware/dedupe.js';
import { deliver } from '../../../dialogs/middleware/deliver.js';
import { loadState } from '../../../dialogs/middleware/load-state.js';
import { persist } from '../../../dialogs/middleware/persist.js';
import { recordInbound } from '../../../dialogs/middleware/record-inbound.js';
import { render } from '../../../dialogs/middleware/render.js';
import { MemoryConversationStore } from '../../../dialogs/state/memory-store.js';
import { captureLog } from '../../helpers/capture-log.js';

const translator = createTranslator({
  directory: fileURLToPath(new URL('../../../locales', import.meta.url)),
  languages: ['en', 'zh-CN', 'es'],
  fallbackLanguage: 'en',
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sequence = 0;
function message(text: string, options: { id?: string; conversationId?: string; locale?: string } = {}): InboundEvent {
  sequence += 1;
  return {
    id: options.id ?? `e${sequence}`,
    type: 'message',
    text,
    attachments: [],
    address: { channel: 'web', botId: 'shop', conversationId: options.conversationId ?? 'c1', userId: 'u1' },
    receivedAt: new Date().toISOString(),
    ...(options.locale && { locale: options.locale }),
    raw: { text },
  };
}

/** An engine with the real stages around a behaviour stage under test. */
function engineWith(behaviour: Middleware<TurnContext>, options: { turnTimeoutMs?: number } = {}) {
  const store = new MemoryConversationStore();
  const sent: Array<{ conversationId: string; parts: OutboundPart[] }> = [];
  const { log, lines } = captureLog();
  const send = async (address: { conversationId: string }, parts: OutboundPart[]) => { sent.push({ conversationId: address.conversationId, parts }); };
  const capabilitiesOf = () => richCapabilities;
  const engine = new Engine({
    log,
    translator,
    turnTimeoutMs: options.turnTimeoutMs ?? 1000,
    onError: apologize({ store, translator, capabilitiesOf, send }),
    stages: [
      loadState({ store, languages: translator.languages, defaultLanguage: 'en' }),
      dedupe({ store }),
      recordInbound({ store }),
      behaviour,
      render({ translator, capabilitiesOf }),
      persist({ store }),
      deliver({ send }),
    ],
  });
  return { engine, store, sent, logLines: lines };
}

const echo: Middleware<TurnContext> = async function echo(ctx, next) {
  ctx.reply.part({ type: 'text', text: `echo: ${ctx.text}` });
  await next();
};

describe('Engine', () => {
  it('answers a turn, keeps both lines and delivers the replies', async () => {
    const { engine, store, sent } = engineWith(echo);
    const outcome = await engine.handle(message('hello'));
    expect(outcome.replies).to.deep.equal([{ type: 'text', text: 'echo: hello' }]);
    expect(sent).to.have.length(1);
    const transcript = await store.transcript('web:shop:c1');
    expect(transcript.map((line) => `${line.from}:${line.text}`)).to.deep.equal(['shopper:hello', 'bot:echo: hello']);
  });

  it('processes the turns of one conversation one at a time, in arrival order', async () => {
    let running = 0;
    let overlapped = false;
    const slowFirst: Middleware<TurnContext> = async function slowFirst(ctx, next) {
      running += 1;
      if (running > 1) overlapped = true;
      await sleep(ctx.text === 'first' ? 30 : 1);
      ctx.reply.part({ type: 'text', text: ctx.text });
      running -= 1;
      await next();
    };
    const { engine, store } = engineWith(slowFirst);
    await Promise.all(['first', 'second', 'third'].map((text) => engine.handle(message(text))));
    expect(overlapped).to.equal(false);
    const bot = (await store.transcript('web:shop:c1')).filter((line) => line.from === 'bot').map((line) => line.text);
    expect(bot).to.deep.equal(['first', 'second', 'third']);
  });

  it('runs different conversations side by side', async () => {
    let running = 0;
    let maxRunning = 0;
    const slow: Middleware<TurnContext> = async function slow(_ctx, next) {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await sleep(20);
      running -= 1;
      await next();
    };
    const { engine } = engineWith(slow);
    await Promise.all(['a', 'b', 'c'].map((conversationId) => engine.handle(message('hi', { conversationId }))));
    expect(maxRunning).to.equal(3);
  });

  it('processes a duplicate event id once and answers it with the first replies', async () => {
    let runs = 0;
    const counting: Middleware<TurnContext> = async function counting(ctx, next) {
      runs += 1;
      ctx.reply.part({ type: 'text', text: `run ${runs}` });
      await next();
    };
    const { engine, store, sent } = engineWith(counting);
    const [first, second] = await Promise.all([engine.handle(message('hi', { id: 'same' })), engine.handle(message('hi', { id: 'same' }))]);
    const third = await engine.handle(message('hi', { id: 'same' }));
    expect(runs).to.equal(1);
    expect(first.duplicate).to.equal(false);
    expect(second.duplicate).to.equal(true);
    expect(third.replies).to.deep.equal([{ type: 'text', text: 'run 1' }]);
    expect(sent).to.have.length(1);
    expect(await store.transcript('web:shop:c1')).to.have.length(2);
  });

  it('apologizes in the shopper\'s language when a stage throws, logs the conversation key and keeps the state', async () => {
    const failing: Middleware<TurnContext> = async function failing(ctx, next) {
      ctx.state.slots.touched = 'yes';
      if (ctx.text === 'break') throw new Error('handler bug');
      await next();
    };
    const { engine, store, logLines } = engineWith(failing);
    await engine.handle(message('hola', { locale: 'es' }));
    const outcome = await engine.handle(message('break'));
    expect(outcome.error).to.equal('turn-failed');
    expect(outcome.replies).to.deep.equal([{ type: 'text', text: translator.t('es', 'errors.apology') }]);
    const failure = logLines.find((line) => line.msg === 'turn failed');
    expect(failure?.conversationKey).to.equal('web:shop:c1');
    expect(failure?.level).to.equal(50);
    const record = await store.get('web:shop:c1');
    expect(record?.state.turns).to.equal(1);
    const lines = await store.transcript('web:shop:c1');
    expect(lines.at(-2)?.text).to.equal('break');
    expect(lines.at(-1)?.text).to.equal(translator.t('es', 'errors.apology'));
  });

  it('gives up on a turn that outlives its timeout, without holding up the next one', async () => {
    const hanging: Middleware<TurnContext> = async function hanging(ctx, next) {
      if (ctx.text === 'hang') await sleep(300);
      ctx.reply.part({ type: 'text', text: `done ${ctx.text}` });
      await next();
    };
    const { engine, store, sent } = engineWith(hanging, { turnTimeoutMs: 50 });
    const timedOut = await engine.handle(message('hang', { locale: 'zh-CN' }));
    expect(timedOut.error).to.equal('turn-timeout');
    expect(timedOut.replies[0]).to.deep.equal({ type: 'text', text: translator.t('zh-CN', 'errors.apology') });
    const next = await engine.handle(message('next'));
    expect(next.replies).to.deep.equal([{ type: 'text', text: 'done next' }]);
    await sleep(350);
    // The stale turn woke up after its timeout and must not have committed or sent anything.
    const bot = (await store.transcript('web:shop:c1')).filter((line) => line.from === 'bot').map((line) => line.text);
    expect(bot).to.deep.equal([translator.t('zh-CN', 'errors.apology'), 'done next']);
    expect(sent.flatMap((entry) => entry.parts).map((part) => (part.type === 'text' ? part.text : ''))).not.to.include('done hang');
  });

  it('refuses an event that breaks the contract before it reaches a stage', async () => {
    const { engine } = engineWith(echo);
    const bad = { ...message('x'), address: { channel: 'fax', botId: 'shop', conversationId: 'c1', userId: 'u' } } as unknown as InboundEvent;
    expect(await engine.handle(bad).then(() => 'accepted', () => 'refused')).to.equal('refused');
  });

  it('waits for turns in flight when drained, then takes no more', async () => {
    const slow: Middleware<TurnContext> = async function slow(ctx, next) { await sleep(30); ctx.reply.part({ type: 'text', text: 'ok' }); await next(); };
    const { engine, store } = engineWith(slow);
    const inFlight = engine.handle(message('hi'));
    await engine.drain();
    expect((await inFlight).replies).to.have.length(1);
    expect(await store.transcript('web:shop:c1')).to.have.length(2);
    expect(await engine.handle(message('late')).then(() => 'accepted', () => 'refused')).to.equal('refused');
  });
});
