// The demo shop page: language choice, product grid, and the chat widget.
import { mountChatWidget } from './chat-widget.js';
import { hasTranslation, LANGUAGES, pickLanguage, translate } from './i18n.js';
import { safeUrl } from './safe-url.js';

const PRODUCT_LIMIT = 12;

let language = pickLanguage(window.location.search, navigator.languages ?? [navigator.language]);
let widget = null;
let productRequest = null;

const t = (key, values) => translate(language, key, values);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyChrome() {
  document.documentElement.lang = language;
  document.title = t('shop.name');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  }
}

function formatPrice(price) {
  if (typeof price?.amount !== 'number' || typeof price?.currency !== 'string') return '';
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

/** The API's localized `categoryName` when it sends one, else our own name for the category id. */
function categoryLabel(product) {
  if (typeof product.categoryName === 'string' && product.categoryName !== '') return product.categoryName;
  if (typeof product.category !== 'string') return '';
  const key = `category.${product.category}`;
  return hasTranslation(key) ? t(key) : product.category;
}

function isProduct(value) {
  return typeof value?.id === 'string' && typeof value?.name === 'string';
}

function productCard(product) {
  const item = element('li', 'product-card');
  const figure = element('div', 'product-image');
  const source = safeUrl(product.imageUrl);
  if (source) {
    const image = element('img');
    image.src = source;
    image.alt = product.name;
    image.width = 400;
    image.height = 300;
    image.loading = 'lazy';
    image.decoding = 'async';
    figure.append(image);
  }
  const body = element('div', 'product-body');
  const category = categoryLabel(product);
  if (category !== '') body.append(element('p', 'product-category', category));
  body.append(element('h3', 'product-name', product.name));
  const footer = element('div', 'product-footer');
  footer.append(element('p', 'product-price', formatPrice(product.price)));
  const ask = element('button', 'button button-ghost product-ask', t('product.ask'));
  ask.type = 'button';
  ask.setAttribute('aria-label', `${t('product.ask')}: ${product.name}`);
  ask.addEventListener('click', () => widget?.open({ draft: t('product.askDraft', { name: product.name }) }));
  footer.append(ask);
  body.append(footer);
  item.append(figure, body);
  return item;
}

function showProductStatus(kind) {
  const status = document.getElementById('product-status');
  status.replaceChildren();
  status.dataset.kind = kind ?? '';
  if (!kind) return;
  status.append(element('span', '', t(`products.${kind}`)));
  if (kind === 'error') {
    const retry = element('button', 'button button-ghost', t('products.retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => void loadProducts());
    status.append(retry);
  }
}

function showSkeletons(grid) {
  grid.replaceChildren();
  for (let index = 0; index < 8; index += 1) {
    const card = element('li', 'product-card product-card--skeleton');
    card.setAttribute('aria-hidden', 'true');
    card.append(element('div', 'product-image'), element('div', 'product-body'));
    grid.append(card);
  }
}

async function loadProducts() {
  const grid = document.getElementById('product-grid');
  // A language switch while a request is in flight must not let the old answer win.
  productRequest?.abort();
  const request = new window.AbortController();
  productRequest = request;
  grid.setAttribute('aria-busy', 'true');
  showSkeletons(grid);
  showProductStatus('loading');
  try {
    const query = new window.URLSearchParams({ locale: language, limit: String(PRODUCT_LIMIT) });
    const response = await fetch(`/api/v1/catalog/products?${query}`, { signal: request.signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`catalog answered ${response.status}`);
    const data = await response.json();
    const products = (Array.isArray(data?.products) ? data.products : []).filter(isProduct);
    grid.replaceChildren(...products.map(productCard));
    showProductStatus(products.length === 0 ? 'empty' : null);
  } catch (error) {
    if (request.signal.aborted) return;
    console.error('Could not load the catalogue', error);
    grid.replaceChildren();
    showProductStatus('error');
  } finally {
    if (productRequest === request) grid.removeAttribute('aria-busy');
  }
}

function setLanguage(next) {
  if (next === language || !LANGUAGES.some((entry) => entry.code === next)) return;
  language = next;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', next);
  window.history.replaceState(null, '', url);
  applyChrome();
  void loadProducts();
  widget?.setLocale(next);
}

function start() {
  applyChrome();
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  }
  document.getElementById('hero-chat')?.addEventListener('click', () => widget?.open());
  void loadProducts();
  try {
    widget = mountChatWidget(document.getElementById('chat-root'), { locale: language });
  } catch (error) {
    // The shop stays usable without chat (e.g. socket.io could not be loaded).
    console.error('Chat is unavailable', error);
    document.getElementById('hero-chat')?.setAttribute('hidden', '');
  }
}

start();
