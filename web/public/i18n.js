// The demo page's own words (header, product grid, chat widget chrome) in the shop's three
// languages. The bot's replies are localized by the server; this file only covers the chrome.
// `category.*` names the demo catalogue's categories for when the catalogue API sends only ids.

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '中文' },
  { code: 'es', label: 'Español' },
];

export const DEFAULT_LANGUAGE = 'en';

const dictionaries = {
  en: {
    'shop.name': 'Parley Demo Shop',
    'shop.tagline': 'Everyday goods, friendly help',
    'shop.language': 'Language',
    'shop.skip': 'Skip to products',
    'hero.title': 'Good things for every day',
    'hero.body': 'Questions about an order, a delivery or a return? Our assistant answers around the clock in English, 中文 and Español.',
    'hero.cta': 'Ask our assistant',
    'products.heading': 'Popular right now',
    'products.loading': 'Loading products…',
    'products.error': 'We could not load the products.',
    'products.retry': 'Try again',
    'products.empty': 'No products to show yet.',
    'category.accessories': 'Accessories',
    'category.bags': 'Bags',
    'category.dresses': 'Dresses',
    'category.electronics': 'Electronics',
    'category.home': 'Home',
    'category.shoes': 'Shoes',
    'category.tops': 'Tops',
    'category.trousers': 'Trousers',
    'product.ask': 'Ask about this',
    'product.askDraft': 'Tell me more about {name}',
    'footer.text': 'A demo of Parley, the open-source runtime for e-commerce customer-service bots. No real orders are placed.',
    'chat.launcher': 'Chat with us',
    'chat.unread': '{count} new messages',
    'chat.title': 'Shop assistant',
    'chat.subtitle': 'We usually reply in seconds',
    'chat.close': 'Close chat',
    'chat.messages': 'Conversation',
    'chat.placeholder': 'Type your message…',
    'chat.inputLabel': 'Your message',
    'chat.send': 'Send',
    'chat.hint': 'Enter to send, Shift+Enter for a new line',
    'chat.counter': '{bytes} / {max} bytes',
    'chat.tooLong': 'Your message is too long ({bytes} of {max} bytes). Please shorten it.',
    'chat.status.connecting': 'Connecting…',
    'chat.status.reconnecting': 'Connection lost. Reconnecting…',
    'chat.status.offline': 'You are offline. Messages will be sent when the connection is back.',
    'chat.status.retryNow': 'Reconnect',
    'chat.typing': 'The assistant is typing…',
    'chat.sending': 'Sending…',
    'chat.notSent': 'Not sent.',
    'chat.retry': 'Retry',
    'chat.you': 'You',
    'chat.bot': 'Assistant',
    'chat.agent': 'Agent',
    'chat.openLink': 'View',
    'chat.suggestions': 'Suggestions',
    'chat.error.rate-limited': 'You are sending messages too quickly. Please wait a moment.',
    'chat.error.text-too-long': 'That message is too long. Please shorten it.',
    'chat.error.unavailable': 'The assistant could not handle that message. Please try again.',
    'chat.error.internal': 'The chat could not start. Please reload the page.',
    'chat.error.invalid-event': 'That message could not be sent.',
    'chat.error.generic': 'Something went wrong: {message}',
  },
  'zh-CN': {
    'shop.name': 'Parley 演示商店',
    'shop.tagline': '日常好物，贴心服务',
    'shop.language': '语言',
    'shop.skip': '跳到商品列表',
    'hero.title': '好物相伴每一天',
    'hero.body': '订单、配送或退货有疑问？我们的智能助手全天候为您解答，支持 English、中文 和 Español。',
    'hero.cta': '咨询智能助手',
    'products.heading': '当前热销',
    'products.loading': '正在加载商品…',
    'products.error': '商品加载失败。',
    'products.retry': '重试',
    'products.empty': '暂无商品。',
    'category.accessories': '配饰',
    'category.bags': '箱包',
    'category.dresses': '连衣裙',
    'category.electronics': '数码电子',
    'category.home': '家居',
    'category.shoes': '鞋履',
    'category.tops': '上装',
    'category.trousers': '裤装',
    'product.ask': '咨询此商品',
    'product.askDraft': '请介绍一下{name}',
    'footer.text': '这是 Parley 的演示页面。Parley 是一个开源的电商客服机器人运行时。本页不会产生真实订单。',
    'chat.launcher': '在线咨询',
    'chat.unread': '{count} 条新消息',
    'chat.title': '购物助手',
    'chat.subtitle': '通常几秒内回复',
    'chat.close': '关闭对话',
    'chat.messages': '对话内容',
    'chat.placeholder': '请输入消息…',
    'chat.inputLabel': '您的消息',
    'chat.send': '发送',
    'chat.hint': '按 Enter 发送，Shift+Enter 换行',
    'chat.counter': '{bytes} / {max} 字节',
    'chat.tooLong': '消息过长（{bytes} / {max} 字节），请删减后再发送。',
    'chat.status.connecting': '正在连接…',
    'chat.status.reconnecting': '连接已断开，正在重新连接…',
    'chat.status.offline': '您已离线。恢复连接后消息会自动发送。',
    'chat.status.retryNow': '重新连接',
    'chat.typing': '助手正在输入…',
    'chat.sending': '发送中…',
    'chat.notSent': '未发送。',
    'chat.retry': '重试',
    'chat.you': '我',
    'chat.bot': '助手',
    'chat.agent': '人工客服',
    'chat.openLink': '查看',
    'chat.suggestions': '推荐',
    'chat.error.rate-limited': '发送太频繁了，请稍候再试。',
    'chat.error.text-too-long': '消息太长，请删减后再发送。',
    'chat.error.unavailable': '助手暂时无法处理这条消息，请重试。',
    'chat.error.internal': '对话无法启动，请刷新页面。',
    'chat.error.invalid-event': '这条消息无法发送。',
    'chat.error.generic': '出现问题：{message}',
  },
  es: {
    'shop.name': 'Tienda Demo Parley',
    'shop.tagline': 'Productos de cada día, ayuda amable',
    'shop.language': 'Idioma',
    'shop.skip': 'Ir a los productos',
    'hero.title': 'Cosas buenas para cada día',
    'hero.body': '¿Dudas sobre un pedido, una entrega o una devolución? Nuestro asistente responde a cualquier hora en English, 中文 y Español.',
    'hero.cta': 'Pregunta a nuestro asistente',
    'products.heading': 'Lo más popular',
    'products.loading': 'Cargando productos…',
    'products.error': 'No pudimos cargar los productos.',
    'products.retry': 'Reintentar',
    'products.empty': 'Todavía no hay productos.',
    'category.accessories': 'Accesorios',
    'category.bags': 'Bolsos',
    'category.dresses': 'Vestidos',
    'category.electronics': 'Electrónica',
    'category.home': 'Hogar',
    'category.shoes': 'Calzado',
    'category.tops': 'Camisetas y tops',
    'category.trousers': 'Pantalones',
    'product.ask': 'Preguntar por esto',
    'product.askDraft': 'Cuéntame más sobre {name}',
    'footer.text': 'Una demo de Parley, el runtime de código abierto para bots de atención al cliente de comercio electrónico. No se realizan pedidos reales.',
    'chat.launcher': 'Chatea con nosotros',
    'chat.unread': '{count} mensajes nuevos',
    'chat.title': 'Asistente de la tienda',
    'chat.subtitle': 'Solemos responder en segundos',
    'chat.close': 'Cerrar chat',
    'chat.messages': 'Conversación',
    'chat.placeholder': 'Escribe tu mensaje…',
    'chat.inputLabel': 'Tu mensaje',
    'chat.send': 'Enviar',
    'chat.hint': 'Enter para enviar, Mayús+Enter para una nueva línea',
    'chat.counter': '{bytes} / {max} bytes',
    'chat.tooLong': 'Tu mensaje es demasiado largo ({bytes} de {max} bytes). Acórtalo, por favor.',
    'chat.status.connecting': 'Conectando…',
    'chat.status.reconnecting': 'Se perdió la conexión. Reconectando…',
    'chat.status.offline': 'Estás sin conexión. Los mensajes se enviarán cuando vuelva.',
    'chat.status.retryNow': 'Reconectar',
    'chat.typing': 'El asistente está escribiendo…',
    'chat.sending': 'Enviando…',
    'chat.notSent': 'No enviado.',
    'chat.retry': 'Reintentar',
    'chat.you': 'Tú',
    'chat.bot': 'Asistente',
    'chat.agent': 'Agente',
    'chat.openLink': 'Ver',
    'chat.suggestions': 'Sugerencias',
    'chat.error.rate-limited': 'Estás enviando mensajes demasiado rápido. Espera un momento.',
    'chat.error.text-too-long': 'Ese mensaje es demasiado largo. Acórtalo, por favor.',
    'chat.error.unavailable': 'El asistente no pudo procesar ese mensaje. Inténtalo de nuevo.',
    'chat.error.internal': 'El chat no pudo iniciarse. Recarga la página.',
    'chat.error.invalid-event': 'Ese mensaje no se pudo enviar.',
    'chat.error.generic': 'Algo salió mal: {message}',
  },
};

/** Maps any language tag to one the page speaks ("zh-Hans-CN" -> "zh-CN", "es-MX" -> "es"), or null. */
export function matchLanguage(tag) {
  if (typeof tag !== 'string' || tag === '') return null;
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'es') return 'es';
  if (primary === 'en') return 'en';
  return null;
}

/** `?lang=` wins, then the browser's preferred languages in order, then English. */
export function pickLanguage(search, browserLanguages) {
  const requested = new window.URLSearchParams(search).get('lang');
  const candidates = [requested, ...(browserLanguages ?? [])];
  for (const candidate of candidates) {
    const match = matchLanguage(candidate);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** The text for `key` in `language` with `{name}` placeholders filled; English, then the key, as fallbacks. */
export function translate(language, key, values = {}) {
  const template = dictionaries[language]?.[key] ?? dictionaries[DEFAULT_LANGUAGE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export function hasTranslation(key) {
  return key in dictionaries[DEFAULT_LANGUAGE];
}
