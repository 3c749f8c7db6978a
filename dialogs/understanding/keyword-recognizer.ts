import type { Entity, IntentScore, Understanding } from './understanding.js';

/**
 * A small keyword recognizer for the first behaviours (greeting, order status, browsing, human,
 * thanks, goodbye). The trained multilingual classifier replaces it; the interface stays.
 */
const intentPatterns: Array<[string, RegExp]> = [
  ['human_agent', /\b(human|agent|real person|representative|operator)\b|人工|真人|客服|\b(humano|agente|persona real)\b/iu],
  ['track_shipment', /\b(track|tracking|shipment|package|parcel|courier)\b|物流|快递|包裹|跟踪|\b(rastrear|rastreo|seguimiento|paquete|envío|envio)\b/iu],
  ['order_status', /\b(order|orders|status|where is|arrive|delivered)\b|订单|到哪|发货|\b(pedido|pedidos|orden|estado|llega|dónde está|donde esta)\b/iu],
  ['recommendation', /\b(recommend|suggest|products?|catalog|browse|best ?sellers?|show me)\b|推荐|商品|产品|看看|\b(recomienda|recomendación|productos?|catálogo|muéstrame)\b/iu],
  ['thanks', /\b(thanks|thank you|thx|ty)\b|谢谢|多谢|感谢|\b(gracias)\b/iu],
  ['goodbye', /\b(bye|goodbye|see you)\b|再见|拜拜|\b(adiós|adios|hasta luego|chao)\b/iu],
  ['greeting', /^\s*(hi+|hello|hey|good (morning|afternoon|evening)|yo)\b|你好|您好|嗨|哈喽|早上好|^\s*(hola|buenos días|buenas tardes|buenas noches|buenas)\b/iu],
];

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

export interface KeywordRecognizerOptions {
  /** Finds one of the shop's order numbers in free text. */
  orderNumberPattern: RegExp;
  /** Turns a match into the canonical order number. */
  normalizeOrderNumber: (match: string) => string | undefined;
  /** Finds catalog products named in the text. */
  matchCatalog?: (text: string) => Entity[];
}

export function createKeywordRecognizer(options: KeywordRecognizerOptions) {
  const flags = options.orderNumberPattern.flags.includes('g') ? options.orderNumberPattern.flags : `${options.orderNumberPattern.flags}g`;
  const orderNumbers = new RegExp(options.orderNumberPattern.source, flags);
  return function recognize(text: string, language: string): Understanding {
    const entities = [
      ...matches(text, emailPattern, 'email', (match: string) => match.toLowerCase()),
      ...matches(text.normalize('NFKC'), orderNumbers, 'order_number', options.normalizeOrderNumber),
      ...(options.matchCatalog?.(text) ?? []),
    ].sort((a, b) => a.start - b.start);
    const ranking: IntentScore[] = intentPatterns
      .filter(([, pattern]) => pattern.test(text))
      .map(([name], index) => ({ name, confidence: Math.max(0.6, 0.9 - index * 0.05) }));
    if (ranking.length === 0 && entities.some((entity) => entity.type === 'order_number')) {
      ranking.push({ name: 'order_status', confidence: 0.7 });
    }
    if (entities.some((entity) => entity.type === 'product') && !ranking.some((intent) => intent.name.startsWith('order') || intent.name === 'track_shipment')) {
      ranking.unshift({ name: 'product_question', confidence: 0.8 });
    }
    const intent = ranking[0] ?? { name: 'out_of_scope', confidence: 0.5 };
    return { language, intent, ranking: ranking.length ? ranking : [intent], entities };
  };
}

function matches(text: string, pattern: RegExp, type: string, normalize: (match: string) => string | undefined): Entity[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const value = normalize(match[0]);
    return value === undefined ? [] : [{ type, value, text: match[0], start: match.index, end: match.index + match[0].length }];
  });
}
