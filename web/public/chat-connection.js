// The socket.io side of the chat widget; the server side is connectors/web/web-chat-connector.ts.
//   connect:  io('/chat', { auth: { conversationId?, resumeToken?, locale? } })
//   server -> `session` { conversationId, resumeToken, language, history[] } on every connection
//   client -> `message` { id, text } / `choice` { id, payload }, acknowledged with
//             { ok: true, replies?, duplicate? } | { ok: false, error: { code, message } };
//             the bot's replies to this tab's own message come in `replies`, other tabs get `reply`
//   server -> `typing` { on }, `reply` { parts, from }, `chat-error` { code, message }

const ACK_TIMEOUT_MS = 15000;
const SERVER_DISCONNECT_RETRY_MS = 1000;
const SERVER_DISCONNECT_RETRY_MAX_MS = 30000;

function isObject(value) {
  return typeof value === 'object' && value !== null;
}

/** Normalizes an acknowledgement from the server into `{ ok: true, duplicate, replies }` or `{ ok: false, rejected: { code, message } }`. */
function readAck(response) {
  if (isObject(response) && response.ok === true) {
    return { ok: true, duplicate: response.duplicate === true, replies: Array.isArray(response.replies) ? response.replies : [] };
  }
  if (isObject(response) && response.ok === false && isObject(response.error)) {
    return {
      ok: false,
      rejected: {
        code: typeof response.error.code === 'string' ? response.error.code : 'unknown',
        message: typeof response.error.message === 'string' ? response.error.message : '',
      },
    };
  }
  return { ok: false, rejected: { code: 'bad-acknowledgement', message: '' } };
}

/**
 * @param {{ io: Function, namespace: string, auth: () => object,
 *   onSession: (session: object) => void, onReply: (reply: object) => void, onTyping: (on: boolean) => void,
 *   onChatError: (error: {code: string, message: string}) => void, onStatus: (status: string) => void }} options
 */
export function connectChat(options) {
  let ready = false;
  let everReady = false;
  let status = 'connecting';
  let serverDisconnects = 0;
  let retryTimer = null;

  const setStatus = (next) => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };
  const isOffline = () => navigator.onLine === false;

  // `auth` as a function is re-read on every (re)connection, so the latest conversationId,
  // resumeToken and locale are always the ones presented.
  const socket = options.io(options.namespace, {
    auth: (callback) => callback(options.auth()),
  });

  socket.on('session', (session) => {
    if (!isObject(session) || typeof session.conversationId !== 'string' || typeof session.resumeToken !== 'string') return;
    ready = true;
    everReady = true;
    serverDisconnects = 0;
    setStatus('online');
    options.onSession(session);
  });
  socket.on('reply', (reply) => {
    if (isObject(reply) && Array.isArray(reply.parts)) options.onReply({ from: reply.from === 'agent' ? 'agent' : 'bot', parts: reply.parts });
  });
  socket.on('typing', (typing) => options.onTyping(isObject(typing) && typing.on === true));
  socket.on('chat-error', (error) => {
    if (!isObject(error)) return;
    options.onChatError({
      code: typeof error.code === 'string' ? error.code : 'unknown',
      message: typeof error.message === 'string' ? error.message : '',
    });
  });
  socket.on('disconnect', (reason) => {
    ready = false;
    options.onTyping(false);
    if (reason === 'io client disconnect') return;
    setStatus(isOffline() ? 'offline' : 'reconnecting');
    // socket.io does not retry after the server closed the socket itself, which is what a
    // restarting server does; come back after a growing, jittered pause so a fleet of widgets
    // does not return all at once.
    if (reason === 'io server disconnect') {
      const delay = Math.min(SERVER_DISCONNECT_RETRY_MAX_MS, SERVER_DISCONNECT_RETRY_MS * 2 ** serverDisconnects);
      serverDisconnects += 1;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), delay * (0.5 + Math.random()));
    }
  });
  socket.on('connect_error', () => {
    if (!socket.active || isOffline()) setStatus('offline');
    else setStatus(everReady ? 'reconnecting' : 'connecting');
  });
  socket.io.on('reconnect_failed', () => setStatus('offline'));

  const onBrowserOffline = () => {
    if (!ready) setStatus('offline');
  };
  const onBrowserOnline = () => {
    if (ready) return;
    setStatus(everReady ? 'reconnecting' : 'connecting');
    if (!socket.active) socket.connect();
  };
  window.addEventListener('offline', onBrowserOffline);
  window.addEventListener('online', onBrowserOnline);

  return {
    isReady: () => ready,
    /**
     * Emits `event` and waits for the server's acknowledgement. Resolves (never rejects) with
     * `{ ok: true, duplicate }`, `{ ok: false, rejected }` (the server refused it) or
     * `{ ok: false, transport }` (no answer: not connected, disconnected meanwhile, timed out).
     */
    send(event, body) {
      if (!ready) return Promise.resolve({ ok: false, transport: 'not-connected' });
      return new Promise((resolve) => {
        socket.timeout(ACK_TIMEOUT_MS).emit(event, body, (error, response) => {
          if (error) resolve({ ok: false, transport: ready ? 'timeout' : 'disconnected' });
          else resolve(readAck(response));
        });
      });
    },
    /** Drops the connection and opens a new one (new auth, e.g. after a language switch). */
    reconnect() {
      clearTimeout(retryTimer);
      ready = false;
      setStatus(everReady ? 'reconnecting' : 'connecting');
      socket.disconnect();
      socket.connect();
    },
    close() {
      clearTimeout(retryTimer);
      window.removeEventListener('offline', onBrowserOffline);
      window.removeEventListener('online', onBrowserOnline);
      socket.disconnect();
    },
  };
}
