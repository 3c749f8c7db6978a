// What the chat widget keeps across page loads: the conversation to resume and the messages not
// yet acknowledged by the server (the outbox). Everything read back is checked, because
// localStorage is shared with every other script on the origin and survives old versions of us.

const OUTBOX_LIMIT = 50;
const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const OUTBOX_STATES = new Set(['sending', 'failed', 'rejected']);

function memoryStorage() {
  const values = new Map();
  return {
    getItem: (key) => (values.has(key) ? values.get(key) : null),
    setItem: (key, value) => values.set(key, String(value)),
    removeItem: (key) => values.delete(key),
  };
}

/** localStorage when the browser lets us use it (it throws in some privacy modes), else memory. */
export function defaultStorage() {
  try {
    const probe = '__parley_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return memoryStorage();
  }
}

function isOutboxItem(value) {
  if (typeof value !== 'object' || value === null) return false;
  const { id, kind, text, payload, state, createdAt } = value;
  if (typeof id !== 'string' || id === '' || typeof text !== 'string') return false;
  if (!OUTBOX_STATES.has(state) || typeof createdAt !== 'number') return false;
  if (kind === 'message') return true;
  return kind === 'choice' && typeof payload === 'string';
}

export function createChatStorage(storage = defaultStorage(), prefix = 'parley.chat') {
  const read = (key) => {
    try {
      const raw = storage.getItem(`${prefix}.${key}`);
      return raw === null ? null : JSON.parse(raw);
    } catch {
      return null;
    }
  };
  const write = (key, value) => {
    try {
      if (value === null) storage.removeItem(`${prefix}.${key}`);
      else storage.setItem(`${prefix}.${key}`, JSON.stringify(value));
    } catch {
      // Quota exceeded or storage disabled: the chat still works, it just won't survive a reload.
    }
  };

  const storedOutbox = read('outbox');
  const now = Date.now();
  let outbox = (Array.isArray(storedOutbox) ? storedOutbox : [])
    .filter(isOutboxItem)
    .filter((item) => now - item.createdAt < OUTBOX_MAX_AGE_MS)
    .slice(-OUTBOX_LIMIT);

  const saveOutbox = () => write('outbox', outbox.length > 0 ? outbox : null);

  return {
    /** `{ conversationId, resumeToken }` or null. */
    loadSession() {
      const session = read('session');
      if (typeof session?.conversationId !== 'string' || typeof session?.resumeToken !== 'string') return null;
      return { conversationId: session.conversationId, resumeToken: session.resumeToken };
    },
    saveSession(conversationId, resumeToken) {
      write('session', { conversationId, resumeToken });
    },
    loadOpen() {
      return read('open') === true;
    },
    saveOpen(open) {
      write('open', open ? true : null);
    },
    outboxItems() {
      return outbox.map((item) => ({ ...item }));
    },
    addToOutbox(item) {
      outbox = [...outbox.filter((existing) => existing.id !== item.id), item].slice(-OUTBOX_LIMIT);
      saveOutbox();
    },
    updateOutbox(id, changes) {
      outbox = outbox.map((item) => (item.id === id ? { ...item, ...changes } : item));
      saveOutbox();
    },
    removeFromOutbox(id) {
      outbox = outbox.filter((item) => item.id !== id);
      saveOutbox();
    },
  };
}
