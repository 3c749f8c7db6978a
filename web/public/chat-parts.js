// Turns the server's OutboundPart[] (connectors/contract/outbound-part.ts) into DOM nodes.
// Every string from the server goes through textContent, and every URL through safeUrl.
import { element } from './chat-dom.js';
import { safeUrl } from './safe-url.js';

const LINK_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,!?;:)\]}'"。，！？；：）]+$/;

function isString(value) {
  return typeof value === 'string' && value !== '';
}

/** Text with bare http(s) links made clickable; the rest stays plain text nodes. */
export function linkifiedText(text) {
  const fragment = document.createDocumentFragment();
  let position = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    const href = safeUrl(candidate);
    if (!href) continue;
    fragment.append(document.createTextNode(text.slice(position, match.index)));
    const link = element('a', 'pw-link', candidate);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    fragment.append(link);
    position = match.index + candidate.length;
  }
  fragment.append(document.createTextNode(text.slice(position)));
  return fragment;
}

function textBubble(text) {
  const bubble = element('div', 'pw-bubble');
  bubble.append(linkifiedText(text));
  return bubble;
}

function choiceButtons(choices, label, onChoice) {
  const group = element('div', 'pw-choices');
  group.setAttribute('role', 'group');
  if (label) group.setAttribute('aria-label', label);
  for (const choice of Array.isArray(choices) ? choices : []) {
    if (!isString(choice?.label) || !isString(choice?.payload)) continue;
    const button = element('button', 'pw-choice', choice.label);
    button.type = 'button';
    button.addEventListener('click', () => onChoice({ label: choice.label, payload: choice.payload }, button));
    group.append(button);
  }
  return group.childElementCount > 0 ? group : null;
}

function cardElement(card, context) {
  const article = element('article', 'pw-card');
  const href = safeUrl(card.url);
  const imageSource = safeUrl(card.imageUrl);
  if (imageSource) {
    const image = element('img', 'pw-card__image');
    image.src = imageSource;
    image.alt = '';
    image.loading = 'lazy';
    image.decoding = 'async';
    image.addEventListener('error', () => image.remove(), { once: true });
    article.append(image);
  }
  const content = element('div', 'pw-card__content');
  content.append(element('h3', 'pw-card__title', card.title));
  if (isString(card.body)) {
    const body = element('p', 'pw-card__body');
    body.append(linkifiedText(card.body));
    content.append(body);
  }
  if (href) {
    const link = element('a', 'pw-card__link', context.t('chat.openLink'));
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.setAttribute('aria-label', `${context.t('chat.openLink')}: ${card.title}`);
    content.append(link);
  }
  const buttons = choiceButtons(card.choices, card.title, context.onChoice);
  if (buttons) content.append(buttons);
  article.append(content);
  return article;
}

function isCard(value) {
  return typeof value === 'object' && value !== null && isString(value.title);
}

/** One DOM node per renderable part; `typing` parts and malformed parts are skipped. */
export function renderPart(part, context) {
  switch (part?.type) {
    case 'text':
      return isString(part.text) ? textBubble(part.text) : null;
    case 'choices': {
      const wrapper = element('div', 'pw-part-choices');
      if (isString(part.text)) wrapper.append(textBubble(part.text));
      const buttons = choiceButtons(part.choices, part.text, context.onChoice);
      if (buttons) wrapper.append(buttons);
      return wrapper.childElementCount > 0 ? wrapper : null;
    }
    case 'card':
      return isCard(part) ? cardElement(part, context) : null;
    case 'carousel': {
      const cards = (Array.isArray(part.cards) ? part.cards : []).filter(isCard);
      if (cards.length === 0) return null;
      const row = element('div', 'pw-carousel');
      row.setAttribute('role', 'list');
      row.setAttribute('aria-label', context.t('chat.suggestions'));
      row.tabIndex = 0;
      for (const card of cards) {
        const item = cardElement(card, context);
        item.setAttribute('role', 'listitem');
        row.append(item);
      }
      return row;
    }
    default:
      return null;
  }
}

/** What a screen reader should hear for these parts. */
export function partsToPlainText(parts) {
  const pieces = [];
  for (const part of Array.isArray(parts) ? parts : []) {
    if (part?.type === 'text' || part?.type === 'choices') {
      if (isString(part.text)) pieces.push(part.text);
      if (Array.isArray(part.choices)) pieces.push(part.choices.map((choice) => choice?.label).filter(isString).join(', '));
    } else if (part?.type === 'card' && isString(part.title)) {
      pieces.push([part.title, part.body].filter(isString).join('. '));
    } else if (part?.type === 'carousel' && Array.isArray(part.cards)) {
      pieces.push(part.cards.map((card) => card?.title).filter(isString).join(', '));
    }
  }
  return pieces.filter((piece) => piece !== '').join(' ');
}
