// The Parley chat widget: `mountChatWidget(rootElement, options)` adds a launcher button and a
// chat panel to `rootElement` and talks to the server's /chat socket.io namespace.
// Self-contained: it loads its own stylesheet and needs only the global `io` from
// /socket.io/socket.io.js (or `options.io`).
import { connectChat } from './chat-connection.js';
import { createChatStorage } from './chat-storage.js';
import { createChatView } from './chat-view.js';
import { DEFAULT_LANGUAGE, hasTranslation, translate } from './i18n.js';
import { newMessageId } from './message-id.js';
import { MAX_MESSAGE_BYTES, utf8ByteLength } from './message-limit.js';

// A stuck "typing" (lost `typing: false`) should not animate forever.
const TYPING_TIMEOUT_MS = 30000;

function ensureStylesheet(href) {
  if (!href) return;
  const loaded = [...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === href);
  if (loaded) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function isHistoryEntry(entry) {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    ['shopper', 'bot', 'agent'].includes(entry.from) &&
    (typeof entry.text === 'string' || Array.isArray(entry.parts))
  );
}

function choicesOf(part) {
  if (part?.type === 'carousel') return (Array.isArray(part.cards) ? part.cards : []).flatMap(choicesOf);
  return Array.isArray(part?.choices) ? part.choices : [];
}

/**
 * The transcript keeps a pressed button as its payload ("menu:order"); show the shopper the
 * label they pressed instead, found in the bot messages before it.
 */
function shopperLineText(history, index) {
  const entry = history[index];
  const payload = typeof entry.meta?.payload === 'string' ? entry.meta.payload : entry.text;
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const parts = history[previous].parts;
    if (history[previous].from === 'shopper' || !Array.isArray(parts)) continue;
    const choice = parts.flatMap(choicesOf).find((candidate) => candidate?.payload === payload);
    if (typeof choice?.label === 'string') return choice.label;
  }
  return entry.text ?? '';
}

/**
 * @param {HTMLElement} rootElement where the launcher and panel are added
 * @param {{ locale?: string, io?: Function, namespace?: string, storage?: Storage, storagePrefix?: string,
 *   stylesheet?: string | null, translate?: (language: string, key: string, values?: object) => string }} [options]
 * @returns {{ open(options?: { draft?: string }): void, close(): void, setLocale(locale: string): void, destroy(): void }}
 */
export function mountChatWidget(rootElement, options = {}) {
  const ioFactory = options.io ?? window.io;
  if (typeof ioFactory !== 'function') throw new Error('mountChatWidget needs socket.io: load /socket.io/socket.io.js first');
  ensureStylesheet(options.stylesheet === undefined ? new URL('./chat-widget.css', import.meta.url).href : options.stylesheet);

  const translateText = options.translate ?? translate;
  let language = options.locale ?? DEFAULT_LANGUAGE;
  const t = (key, values) => translateText(language, key, values);
  const store = createChatStorage(options.storage, options.storagePrefix);
  const inFlight = new Set();
  // Bubbles re-drawn from the outbox after a `session`: the server may already hold them
  // (it received the message but the acknowledgement was lost), in which case it answers
  // `duplicate` and its history already shows the message.
  const restored = new Set();
  let connection = null;
  let unread = 0;
  let typingTimer = null;

  const errorText = ({ code, message }) =>
    hasTranslation(`chat.error.${code}`) ? t(`chat.error.${code}`) : t('chat.error.generic', { message: message || code });

  const deliver = async (item) => {
    if (inFlight.has(item.id) || !connection?.isReady()) return;
    inFlight.add(item.id);
    view.setBubbleState(item.id, 'sending');
    const body = item.kind === 'choice' ? { id: item.id, payload: item.payload } : { id: item.id, text: item.text };
    const result = await connection.send(item.kind, body);
    inFlight.delete(item.id);
    if (result.ok) {
      store.removeFromOutbox(item.id);
      if (result.duplicate && restored.has(item.id)) view.removeMessage(item.id);
      else view.setBubbleState(item.id, 'sent');
      restored.delete(item.id);
      // The answer to this tab's own message rides on its acknowledgement.
      if (!result.duplicate && result.replies.length > 0) showReply({ from: 'bot', parts: result.replies });
    } else if (result.rejected) {
      const detail = errorText(result.rejected);
      // The server also sent the same reason as `chat-error`; the bubble now says it.
      view.hideError(detail);
      store.updateOutbox(item.id, { state: 'rejected', error: detail });
      view.setBubbleState(item.id, 'rejected', detail);
    } else if (result.transport === 'timeout') {
      // Kept in the outbox: re-sent with the same id after the next (re)connection.
      store.updateOutbox(item.id, { state: 'failed' });
      view.setBubbleState(item.id, 'failed');
    }
    // Disconnected meanwhile: still 'sending'; flushed when the next `session` arrives.
  };

  const flushOutbox = () => {
    for (const item of store.outboxItems()) if (item.state !== 'rejected') void deliver(item);
  };

  const queue = (item) => {
    store.addToOutbox(item);
    view.hideError();
    view.appendShopperMessage({ id: item.id, text: item.text, state: 'sending' });
    if (connection?.isReady()) void deliver(item);
    else ensureConnected();
  };

  const showReply = (reply) => {
    setTyping(false);
    const spoken = view.appendBotMessage({ from: reply.from, parts: reply.parts, at: new Date().toISOString() });
    if (spoken) view.announce(`${t(reply.from === 'agent' ? 'chat.agent' : 'chat.bot')}: ${spoken}`);
    if (!view.isOpen()) {
      unread += 1;
      view.setUnread(unread);
    }
  };

  const setTyping = (on) => {
    clearTimeout(typingTimer);
    view.setTyping(on);
    if (on) typingTimer = setTimeout(() => view.setTyping(false), TYPING_TIMEOUT_MS);
  };

  const renderSession = (session) => {
    store.saveSession(session.conversationId, session.resumeToken);
    view.setContentLanguage(session.language);
    view.clearMessages();
    const history = Array.isArray(session.history) ? session.history.filter(isHistoryEntry) : [];
    // A shopper line carries the id of the event it came from (`eventId`), i.e. our message id.
    const deliveredIds = new Set(history.map((entry) => entry.eventId ?? entry.id).filter((id) => typeof id === 'string'));
    history.forEach((entry, index) => {
      if (entry.from === 'shopper') view.appendShopperMessage({ text: shopperLineText(history, index), at: entry.at });
      else {
        const parts = Array.isArray(entry.parts) && entry.parts.length > 0 ? entry.parts : [{ type: 'text', text: entry.text }];
        view.appendBotMessage({ from: entry.from, parts, at: entry.at });
      }
    });
    restored.clear();
    for (const item of store.outboxItems()) {
      // When the server's history carries message ids we know for sure what it already has.
      if (deliveredIds.has(item.id)) {
        store.removeFromOutbox(item.id);
        continue;
      }
      restored.add(item.id);
      view.appendShopperMessage({ id: item.id, text: item.text, state: item.state, at: item.createdAt });
      if (item.state === 'rejected') view.setBubbleState(item.id, 'rejected', item.error);
    }
    view.keepChoicesOnlyOnLastMessage();
    flushOutbox();
  };

  const ensureConnected = () => {
    if (connection) return;
    view.setStatus('connecting');
    connection = connectChat({
      io: ioFactory,
      namespace: options.namespace ?? '/chat',
      auth: () => ({ ...(store.loadSession() ?? {}), locale: language }),
      onSession: renderSession,
      onReply: showReply,
      onTyping: setTyping,
      onChatError: (error) => {
        const text = errorText(error);
        view.showError(text);
        view.announce(text);
      },
      onStatus: (status) => {
        view.setStatus(status);
        if (status === 'reconnecting' || status === 'offline') view.announce(t(`chat.status.${status}`));
      },
    });
  };

  const setOpen = (open) => {
    view.setOpen(open);
    store.saveOpen(open);
    if (open) {
      unread = 0;
      view.setUnread(0);
      ensureConnected();
    }
  };

  const view = createChatView(rootElement, {
    t,
    onOpenChange: setOpen,
    onReconnect: () => connection?.reconnect(),
    onSubmit: (rawText) => {
      const text = rawText.trim();
      if (text === '' || utf8ByteLength(text) > MAX_MESSAGE_BYTES) return false;
      queue({ id: newMessageId(), kind: 'message', text, state: 'sending', createdAt: Date.now() });
      return true;
    },
    onChoice: (choice, button) => {
      view.markChosen(button);
      queue({ id: newMessageId(), kind: 'choice', text: choice.label, payload: choice.payload, state: 'sending', createdAt: Date.now() });
    },
    onRetry: (id) => {
      const item = store.outboxItems().find((candidate) => candidate.id === id);
      if (!item) return;
      store.updateOutbox(id, { state: 'sending' });
      view.setBubbleState(id, 'sending');
      if (connection?.isReady()) void deliver({ ...item, state: 'sending' });
      else if (connection) connection.reconnect();
      else ensureConnected();
    },
  });

  // Come back the way the shopper left: panel open, or unsent messages waiting to go out.
  if (store.loadOpen()) setOpen(true);
  else if (store.outboxItems().some((item) => item.state !== 'rejected')) ensureConnected();

  return {
    open({ draft } = {}) {
      setOpen(true);
      if (typeof draft === 'string' && draft !== '') view.setDraft(draft);
    },
    close() {
      setOpen(false);
    },
    /**
     * Switches the widget's own words. The conversation keeps its language until the shopper
     * writes in another one (the server detects it); the new locale is offered on the next
     * connection, which matters for a conversation not started yet.
     */
    setLocale(locale) {
      if (locale === language) return;
      language = locale;
      view.retranslate();
    },
    destroy() {
      clearTimeout(typingTimer);
      connection?.close();
      view.destroy();
    },
  };
}
