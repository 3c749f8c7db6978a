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

const cueWords: Record<string, readonly string[]> = {
  en: ['hi', 'hello', 'hey', 'where', 'my', 'order', 'is', 'the', 'what', 'thanks', 'thank', 'please', 'want',
    'refund', 'track', 'status', 'help', 'can', 'you', 'i', 'need', 'show', 'products', 'recommend', 'how', 'it',
    'package', 'delivery', 'shipping', 'when', 'good', 'morning', 'evening', 'with', 'about', 'this', 'buy'],
  es: ['hola', 'pedido', 'dónde', 'donde', 'gracias', 'quiero', 'mi', 'está', 'esta', 'estado', 'buenos', 'buenas',
    'por', 'favor', 'reembolso', 'envío', 'envio', 'necesito', 'ayuda', 'compra', 'qué', 'que', 'cuándo', 'cuando',
    'paquete', 'días', 'dias', 'tardes', 'noches', 'el', 'la', 'mis', 'productos', 'recomienda', 'muéstrame', 'es', 'de', 'con', 'sobre'],
};
/** Each cue word's languages, so a message is scored in one pass over its words. */
const cueLanguages = new Map<string, string[]>();
for (const [language, words] of Object.entries(cueWords)) {
  for (const word of words) cueLanguages.set(word, [...(cueLanguages.get(word) ?? []), language]);
}
/** Only a message containing one of these can be an explicit request for a language. */
const switchHints = /english|espa[ñn]ol|spanish|中文|汉语|普通话/i;

export function detectLanguage(text: string, options: DetectOptions): string {
  const supported = (language: string): boolean => options.languages.includes(language);
  if (switchHints.test(text)) {
    for (const [pattern, language] of explicitSwitches) {
      if (pattern.test(text) && supported(language)) return language;
    }
  }
  const cleaned = text.replace(noise, ' ');
  if (han.test(cleaned) && !kanaOrHangul.test(cleaned) && supported('zh-CN')) return 'zh-CN';
  if (/[ñ¿¡]/u.test(cleaned) && supported('es')) return 'es';
  const words = cleaned.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = new Map<string, number>();
  for (const word of words) {
    for (const language of cueLanguages.get(word) ?? []) {
      if (supported(language)) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  let secondScore = 0;
  for (const entry of scores) {
    if (!best || entry[1] > best[1]) {
      secondScore = best?.[1] ?? 0;
      best = entry;
    } else if (entry[1] > secondScore) {
      secondScore = entry[1];
    }
  }
  if (best && best[1] > secondScore) {
    // One cue word in a one- or two-word message ("ok", "si", "mi pedido") is weak evidence: keep
    // the conversation's language unless the message is clearly in another one.
    if (best[1] >= 2 || words.length >= 3 || best[0] === options.current) return best[0];
  }
  return options.current;
}
