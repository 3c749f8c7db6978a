/**
 * A first, rule-based language detector for short shopper messages: script decides for Chinese,
 * explicit requests switch, and cue words decide between Latin-script languages. When nothing
 * is conclusive ("ok", an order number, an email) the conversation keeps its language.
 */
export interface DetectOptions {
  languages: readonly string[];
  current: string;
}

const han = /\p{Script=Han}/u;
const kanaOrHangul = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const noise = /(https?:\/\/\S+|\S+@\S+|#?\d+)/gu;

const explicitSwitches: Array<[RegExp, string]> = [
  [/\b(in|speak|use|talk in)\s+english\b|^english\b/iu, 'en'],
  [/\b(en|hablas?|habla|hablar)\s+español\b|^español\b|\bspanish\b/iu, 'es'],
  [/(说|讲|用)(中文|汉语|普通话)|^中文/u, 'zh-CN'],
];

const cueWords: Record<string, ReadonlySet<string>> = {
  en: new Set(['hi', 'hello', 'hey', 'where', 'my', 'order', 'is', 'the', 'what', 'thanks', 'thank', 'please', 'want',
    'refund', 'track', 'status', 'help', 'can', 'you', 'i', 'need', 'show', 'products', 'recommend', 'how', 'it',
    'package', 'delivery', 'shipping', 'when', 'good', 'morning', 'evening', 'with', 'about', 'this', 'buy']),
  es: new Set(['hola', 'pedido', 'dónde', 'donde', 'gracias', 'quiero', 'mi', 'está', 'esta', 'estado', 'buenos', 'buenas',
    'por', 'favor', 'reembolso', 'envío', 'envio', 'necesito', 'ayuda', 'compra', 'qué', 'que', 'cuándo', 'cuando',
    'paquete', 'días', 'dias', 'tardes', 'noches', 'el', 'la', 'mis', 'productos', 'recomienda', 'muéstrame', 'es', 'de', 'con', 'sobre']),
};

export function detectLanguage(text: string, options: DetectOptions): string {
  const supported = (language: string): boolean => options.languages.includes(language);
  for (const [pattern, language] of explicitSwitches) {
    if (pattern.test(text) && supported(language)) return language;
  }
  const cleaned = text.replace(noise, ' ');
  if (han.test(cleaned) && !kanaOrHangul.test(cleaned) && supported('zh-CN')) return 'zh-CN';
  if (/[ñ¿¡]/u.test(cleaned) && supported('es')) return 'es';
  const words = cleaned.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(cueWords)
    .filter(([language]) => supported(language))
    .map(([language, cues]) => [language, words.filter((word) => cues.has(word)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best && best[1] > 0 && best[1] > (second?.[1] ?? 0)) {
    // One cue word in a one- or two-word message ("ok", "si", "mi pedido") is weak evidence: keep
    // the conversation's language unless the message is clearly in another one.
    if (best[1] >= 2 || words.length >= 3 || best[0] === options.current) return best[0];
  }
  return options.current;
}
