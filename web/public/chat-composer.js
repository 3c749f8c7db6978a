// The chat widget's composer: a growing textarea, the send button, and the size check that
// stops the shopper at the server's limit before anything is sent.
import { element, icon } from './chat-dom.js';
import { MAX_MESSAGE_BYTES, utf8ByteLength } from './message-limit.js';

// The byte counter appears once the text gets near the limit; below that it is only noise.
const COUNTER_FROM_BYTES = MAX_MESSAGE_BYTES * 0.75;
const MAX_INPUT_HEIGHT_PX = 140;

/**
 * @param {{ idPrefix: string, t: (key: string, values?: object) => string,
 *   label: (node: Element, key: string, attribute?: string) => Element,
 *   onSubmit: (text: string) => boolean }} options `onSubmit` returns whether the text was taken
 */
export function createComposer({ idPrefix, t, label, onSubmit }) {
  const form = element('form', 'pw-composer');
  form.noValidate = true;
  const inputLabel = label(element('label', 'pw-sr-only'), 'chat.inputLabel');
  inputLabel.htmlFor = `${idPrefix}-input`;
  const input = element('textarea', 'pw-input');
  input.id = `${idPrefix}-input`;
  input.rows = 1;
  input.setAttribute('enterkeyhint', 'send');
  input.setAttribute('aria-describedby', `${idPrefix}-hint ${idPrefix}-limit`);
  label(input, 'chat.placeholder', 'placeholder');
  const sendButton = element('button', 'pw-send');
  sendButton.type = 'submit';
  label(sendButton, 'chat.send', 'aria-label');
  label(sendButton, 'chat.send', 'title');
  sendButton.append(icon('send'));
  const row = element('div', 'pw-composer__row');
  row.append(inputLabel, input, sendButton);
  const footer = element('div', 'pw-composer__footer');
  const hint = label(element('span', 'pw-hint'), 'chat.hint');
  hint.id = `${idPrefix}-hint`;
  const counter = element('span', 'pw-counter');
  footer.append(hint, counter);
  const limitMessage = element('p', 'pw-limit');
  limitMessage.id = `${idPrefix}-limit`;
  limitMessage.setAttribute('role', 'alert');
  limitMessage.hidden = true;
  form.append(row, limitMessage, footer);

  const measure = () => {
    const bytes = utf8ByteLength(input.value);
    const tooLong = bytes > MAX_MESSAGE_BYTES;
    counter.textContent = bytes >= COUNTER_FROM_BYTES ? t('chat.counter', { bytes, max: MAX_MESSAGE_BYTES }) : '';
    hint.hidden = bytes >= COUNTER_FROM_BYTES;
    counter.classList.toggle('pw-counter--near', bytes > MAX_MESSAGE_BYTES * 0.9 && !tooLong);
    counter.classList.toggle('pw-counter--over', tooLong);
    input.setAttribute('aria-invalid', tooLong ? 'true' : 'false');
    limitMessage.hidden = !tooLong;
    limitMessage.textContent = tooLong ? t('chat.tooLong', { bytes, max: MAX_MESSAGE_BYTES }) : '';
    sendButton.disabled = tooLong || input.value.trim() === '';
    return { tooLong };
  };

  const autosize = () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT_PX)}px`;
  };

  const submit = () => {
    if (measure().tooLong) {
      input.focus();
      return;
    }
    if (onSubmit(input.value)) {
      input.value = '';
      measure();
      autosize();
    }
  };

  input.addEventListener('input', () => {
    measure();
    autosize();
  });
  input.addEventListener('keydown', (event) => {
    // While an IME is composing (pinyin, for one), Enter picks the candidate; it must not send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  measure();

  return {
    element: form,
    focus: () => input.focus({ preventScroll: true }),
    /** Re-renders the counter and limit texts, e.g. after a language switch. */
    refresh: measure,
    setDraft(text) {
      input.value = text;
      measure();
      autosize();
      input.focus();
      input.setSelectionRange(text.length, text.length);
    },
  };
}
