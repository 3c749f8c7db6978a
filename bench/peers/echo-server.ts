/**
 * The end-to-end peer: a bare socket.io server speaking the web chat widget's protocol on `/chat`
 * with no bot behind it. It sends `session` and a greeting `reply` on connect, and answers every
 * `message` in its acknowledgement (`{ ok: true, replies }`), as Parley does.
 * Run as its own process: `node --import tsx bench/peers/echo-server.ts` (PORT, HOST from env).
 * It logs `{"msg":"listening","port":N}` on stdout, like Parley.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const httpServer = createServer();
// The same transport settings Parley's server uses.
const io = new Server(httpServer, { maxHttpBufferSize: 64 * 1024, serveClient: false });

io.of('/chat').on('connection', (socket) => {
  socket.emit('session', { conversationId: randomUUID(), resumeToken: randomUUID(), language: 'en', history: [] });
  socket.emit('reply', { parts: [{ type: 'choices', text: 'Hi! What can I do for you?', choices: [{ label: 'Where is my order?', payload: 'menu:order' }] }], from: 'bot' });
  socket.on('message', (payload: unknown, ack: unknown) => {
    const text = typeof payload === 'object' && payload !== null && 'text' in payload && typeof payload.text === 'string' ? payload.text : '';
    if (typeof ack === 'function') ack({ ok: true, replies: [{ type: 'text', text }] });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  console.log(JSON.stringify({ msg: 'listening', port }));
});

const stop = (): void => {
  io.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
