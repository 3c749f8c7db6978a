// The chat widget's DOM: launcher, panel, message list, composer. It knows nothing of sockets;
// chat-widget.js drives it and receives the shopper's actions through the callbacks.
import { createComposer } from './chat-composer.js';
import { element, icon } from './chat-dom.js';
import { partsToPlainText, renderPart } from './chat-parts.js';

// Leave the list where it is when the shopper has scrolled up to read, unless they just wrote.
const STICK_TO_BOTTOM_PX = 96;

let instanceCount = 0;

/**
 * @param {HTMLElement} root
 * @param {{ t: (key: string, values?: object) => string, onSubmit: (text: string) => boolean,
 *   onChoice: (choice: {label: string, payload: string}, button: HTMLButtonElement) => void,
 *   onRetry: (id: string) => void, onOpenChange: (open: boolean) => void, onReconnect: () => void }} handlers
 */
export function createChatView(root, handlers) {
  const { t } = handlers;
  instanceCount += 1;
  const idPrefix = `pw-${instanceCount}`;
  const translated = []; // [node, key, attribute?] re-applied when the language changes

  const label = (node, key, attribute) => {
    translated.push([node, key, attribute]);
    if (attribute) node.setAttribute(attribute, t(key));
    else node.textContent = t(key);
    return node;
  };

  const container = element('div', 'pw-root');
  const launcher = element('button', 'pw-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', `${idPrefix}-panel`);
  const badge = element('span', 'pw-badge');
  badge.hidden = true;
  const launcherLabel = label(element('span', 'pw-launcher__label'), 'chat.launcher');
  launcher.append(icon('chat', 'pw-launcher__icon pw-launcher__icon--closed'), icon('collapse', 'pw-launcher__icon pw-launcher__icon--open'), launcherLabel, badge);

  const panel = element('section', 'pw-panel');
  panel.id = `${idPrefix}-panel`;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', `${idPrefix}-title`);

  const header = element('header', 'pw-header');
  const avatar = element('span', 'pw-avatar');
  avatar.append(icon('bot'));
  const titles = element('div', 'pw-titles');
  const title = label(element('h2', 'pw-title'), 'chat.title');
  title.id = `${idPrefix}-title`;
  titles.append(title, label(element('p', 'pw-subtitle'), 'chat.subtitle'));
  const closeButton = element('button', 'pw-close');
  closeButton.type = 'button';
  label(closeButton, 'chat.close', 'aria-label');
  label(closeButton, 'chat.close', 'title');
  closeButton.append(icon('close'));
  header.append(avatar, titles, closeButton);

  const status = element('div', 'pw-status');
  status.setAttribute('role', 'status');
  status.hidden = true;
  const statusText = element('span', 'pw-status__text');
  const statusAction = label(element('button', 'pw-status__action'), 'chat.status.retryNow');
  statusAction.type = 'button';
  statusAction.hidden = true;
  status.append(statusText, statusAction);

  // role=log would announce every re-rendered history entry; replies are announced through
  // `announcer` instead, so the log itself stays quiet.
  const scroller = element('div', 'pw-messages');
  scroller.setAttribute('role', 'log');
  scroller.setAttribute('aria-live', 'off');
  scroller.tabIndex = 0;
  label(scroller, 'chat.messages', 'aria-label');
  const list = element('div', 'pw-message-list');
  const typing = element('div', 'pw-typing');
  typing.hidden = true;
  const dots = element('span', 'pw-typing__dots');
  dots.setAttribute('aria-hidden', 'true');
  dots.append(element('span', 'pw-dot'), element('span', 'pw-dot'), element('span', 'pw-dot'));
  typing.append(dots, label(element('span', 'pw-sr-only'), 'chat.typing'));
  scroller.append(list, typing);

  const errorBanner = element('div', 'pw-error');
  errorBanner.setAttribute('role', 'alert');
  errorBanner.hidden = true;

  const composer = createComposer({ idPrefix, t, label, onSubmit: handlers.onSubmit });

  const announcer = element('div', 'pw-sr-only');
  announcer.setAttribute('aria-live', 'polite');
  announcer.setAttribute('aria-atomic', 'true');

  panel.append(header, status, scroller, errorBanner, composer.element, announcer);
  container.append(panel, launcher);
  root.append(container);

  let currentStatus = 'connecting';
  let errorTimer = null;

  // Follow new content (including images that finish loading later) while the shopper is at
  // the bottom; stop following once they scroll up to read.
  let followEnd = true;
  const isNearBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < STICK_TO_BOTTOM_PX;
  const scrollToEnd = (force) => {
    if (force) followEnd = true;
    if (followEnd) scroller.scrollTop = scroller.scrollHeight;
  };
  scroller.addEventListener('scroll', () => {
    followEnd = isNearBottom();
  }, { passive: true });
  const resizeObserver = typeof window.ResizeObserver === 'function' ? new window.ResizeObserver(() => scrollToEnd(false)) : null;
  resizeObserver?.observe(list);
  resizeObserver?.observe(scroller);

  const setOpen = (open) => {
    panel.hidden = !open;
    container.classList.toggle('pw-root--open', open);
    launcher.setAttribute('aria-expanded', String(open));
    // The label is hidden while open, so the button needs a name of its own.
    if (open) launcher.setAttribute('aria-label', t('chat.close'));
    else launcher.removeAttribute('aria-label');
    if (open) {
      badge.hidden = true;
      badge.textContent = '';
      scrollToEnd(true);
      // On touch screens focusing would pop the keyboard up over the conversation at once.
      if (!window.matchMedia?.('(pointer: coarse)').matches) composer.focus();
    }
  };
  launcher.addEventListener('click', () => handlers.onOpenChange(panel.hidden));
  closeButton.addEventListener('click', () => {
    handlers.onOpenChange(false);
    launcher.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    handlers.onOpenChange(false);
    launcher.focus();
  });
  statusAction.addEventListener('click', () => handlers.onReconnect());

  // --- messages ---
  const disableOlderChoices = () => {
    for (const button of list.querySelectorAll('.pw-choice:not(:disabled)')) button.disabled = true;
  };

  const appendGroup = (from, at) => {
    disableOlderChoices();
    const group = element('div', `pw-group pw-group--${from === 'shopper' ? 'shopper' : 'bot'}`);
    if (from === 'agent') group.classList.add('pw-group--agent');
    if (from !== 'shopper') {
      const sender = element('span', 'pw-sender');
      label(sender, from === 'agent' ? 'chat.agent' : 'chat.bot');
      group.append(sender);
    }
    const time = at ? new Date(at) : null;
    if (time && !Number.isNaN(time.getTime())) group.title = time.toLocaleString(document.documentElement.lang || undefined);
    list.append(group);
    return group;
  };

  const setBubbleState = (id, state, detail) => {
    const group = list.querySelector(`[data-message-id="${window.CSS.escape(id)}"]`);
    if (!group) return;
    group.dataset.state = state;
    group.querySelector('.pw-delivery')?.remove();
    if (state === 'sent') return;
    const delivery = element('div', 'pw-delivery');
    if (state === 'sending') {
      delivery.textContent = t('chat.sending');
    } else {
      delivery.append(element('span', 'pw-delivery__text', [t('chat.notSent'), detail].filter(Boolean).join(' ')));
      const retry = element('button', 'pw-delivery__retry', t('chat.retry'));
      retry.type = 'button';
      retry.addEventListener('click', () => handlers.onRetry(id));
      delivery.append(retry);
    }
    group.append(delivery);
  };

  const appendShopperMessage = ({ id, text, state, at }) => {
    const group = appendGroup('shopper', at);
    const bubble = element('div', 'pw-bubble', text);
    group.append(bubble);
    if (id) {
      group.dataset.messageId = id;
      setBubbleState(id, state ?? 'sent');
    }
    scrollToEnd(true);
    return group;
  };

  const appendBotMessage = ({ from, parts, at }) => {
    const group = appendGroup(from, at);
    const context = { t, onChoice: handlers.onChoice };
    for (const part of parts) {
      const node = renderPart(part, context);
      if (node) group.append(node);
    }
    scrollToEnd(false);
    return partsToPlainText(parts);
  };

  return {
    setOpen,
    isOpen: () => !panel.hidden,
    clearMessages() {
      list.replaceChildren();
      // Forget the labels of the removed messages.
      for (let index = translated.length - 1; index >= 0; index -= 1) {
        if (!translated[index][0].isConnected) translated.splice(index, 1);
      }
    },
    appendShopperMessage,
    appendBotMessage,
    setBubbleState,
    removeMessage(id) {
      list.querySelector(`[data-message-id="${window.CSS.escape(id)}"]`)?.remove();
    },
    markChosen(button) {
      button.classList.add('pw-choice--chosen');
      button.setAttribute('aria-pressed', 'true');
    },
    disableOlderChoices,
    /** After re-rendering history only the newest bot message may keep live buttons. */
    keepChoicesOnlyOnLastMessage() {
      const groups = list.querySelectorAll('.pw-group');
      groups.forEach((group, index) => {
        if (index === groups.length - 1) return;
        for (const button of group.querySelectorAll('.pw-choice')) button.disabled = true;
      });
    },
    setTyping(on) {
      typing.hidden = !on;
      if (on) scrollToEnd(false);
    },
    setStatus(state) {
      currentStatus = state;
      status.hidden = state === 'online';
      status.dataset.state = state;
      statusText.textContent = state === 'online' ? '' : t(`chat.status.${state}`);
      statusAction.hidden = state !== 'offline';
    },
    showError(text) {
      errorBanner.textContent = text;
      errorBanner.hidden = false;
      clearTimeout(errorTimer);
      errorTimer = setTimeout(() => {
        errorBanner.hidden = true;
      }, 10000);
    },
    /** Hides the error banner; with `text`, only if that is what it shows. */
    hideError(text) {
      if (text === undefined || errorBanner.textContent === text) errorBanner.hidden = true;
    },
    announce(text) {
      // Clearing first makes a repeated identical reply ("OK") announced again.
      announcer.textContent = '';
      setTimeout(() => {
        announcer.textContent = text;
      }, 50);
    },
    setUnread(count) {
      badge.hidden = count === 0;
      badge.textContent = count > 0 ? String(count) : '';
      if (count > 0) badge.setAttribute('aria-label', t('chat.unread', { count }));
    },
    setDraft: composer.setDraft,
    setContentLanguage(language) {
      if (language) list.lang = language;
    },
    /** Re-applies every chrome string after a language switch. */
    retranslate() {
      for (const [node, key, attribute] of translated) {
        if (attribute) node.setAttribute(attribute, t(key));
        else node.textContent = t(key);
      }
      this.setStatus(currentStatus);
      if (!panel.hidden) launcher.setAttribute('aria-label', t('chat.close'));
      composer.refresh();
    },
    destroy() {
      clearTimeout(errorTimer);
      resizeObserver?.disconnect();
      container.remove();
    },
  };
}
