/**
 * Product pictures for the demo shop. The machine that runs the demo has no network and the demo
 * catalogue has no photographs, so each product gets a generated SVG tile: a gradient coloured
 * deterministically from its category (the family) and id (the shade), with a pictogram of the
 * category drawn from plain SVG shapes (emoji fonts differ between machines; shapes do not).
 */

export interface ProductImageInput {
  id: string;
  name: string;
  category: string;
}

interface Palette {
  /** the pictogram's main colour */
  main: string;
  /** details and shadows */
  dark: string;
  /** highlights drawn over the main colour */
  light: string;
}

type Pictogram = (palette: Palette) => string;

const WIDTH = 400;
const HEIGHT = 300;

/** FNV-1a, 32 bits: tiny, stable across runs and platforms, good enough to spread colours. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// XML 1.0's `Char` production (https://www.w3.org/TR/xml/#charsets): C0 controls other than
// tab/LF/CR, U+FFFE/U+FFFF and lone surrogates are forbidden even when escaped, and a browser
// refuses to draw the whole image if one slips into <title>.
function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((character) => isXmlCharacter(character.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// Pictograms are drawn in a 200x200 frame, centred on the tile by the caller.
const pictograms = {
  shirt: ({ main, dark }) =>
    `<path d="M70 32 L38 46 L12 82 L40 104 L56 88 L56 176 L144 176 L144 88 L160 104 L188 82 L162 46 L130 32 Q100 58 70 32 Z" fill="${main}"/>` +
    `<path d="M70 32 Q100 58 130 32" fill="none" stroke="${dark}" stroke-width="5" stroke-linecap="round"/>`,
  shoe: ({ main, dark, light }) =>
    `<path d="M22 140 L22 92 Q22 78 36 78 L68 78 Q80 102 104 102 L122 102 Q156 108 178 128 Q188 138 182 146 L22 146 Z" fill="${main}"/>` +
    `<rect x="16" y="140" width="170" height="18" rx="9" fill="${dark}"/>` +
    `<path d="M84 96 L96 86 M100 100 L112 90 M116 103 L128 93" stroke="${light}" stroke-width="5" stroke-linecap="round"/>`,
  headphones: ({ main, dark }) =>
    `<path d="M42 124 V100 A58 58 0 0 1 158 100 V124" fill="none" stroke="${main}" stroke-width="14" stroke-linecap="round"/>` +
    `<rect x="24" y="108" width="38" height="64" rx="16" fill="${dark}"/>` +
    `<rect x="138" y="108" width="38" height="64" rx="16" fill="${dark}"/>`,
  laptop: ({ main, dark, light }) =>
    `<rect x="36" y="42" width="128" height="92" rx="8" fill="${dark}"/>` +
    `<rect x="46" y="52" width="108" height="72" rx="3" fill="${light}"/>` +
    `<path d="M14 142 H186 L174 160 H26 Z" fill="${main}"/>`,
  phone: ({ main, dark, light }) =>
    `<rect x="64" y="22" width="72" height="156" rx="16" fill="${dark}"/>` +
    `<rect x="72" y="38" width="56" height="118" rx="5" fill="${light}"/>` +
    `<rect x="82" y="52" width="36" height="36" rx="6" fill="${main}"/>` +
    `<circle cx="100" cy="166" r="5" fill="${light}"/>`,
  mug: ({ main, light }) =>
    `<path d="M136 86 H150 A22 22 0 0 1 150 130 H136" fill="none" stroke="${main}" stroke-width="12"/>` +
    `<rect x="44" y="64" width="96" height="110" rx="14" fill="${main}"/>` +
    `<path d="M72 50 Q62 38 72 26 M94 50 Q84 38 94 26 M116 50 Q106 38 116 26" fill="none" stroke="${light}" stroke-width="6" stroke-linecap="round"/>`,
  book: ({ main, dark, light }) =>
    `<rect x="46" y="26" width="112" height="150" rx="7" fill="${main}"/>` +
    `<rect x="46" y="26" width="20" height="150" rx="5" fill="${dark}"/>` +
    `<rect x="82" y="56" width="58" height="10" rx="5" fill="${light}"/>` +
    `<rect x="82" y="76" width="40" height="8" rx="4" fill="${light}"/>`,
  ball: ({ main, light }) =>
    `<circle cx="100" cy="100" r="72" fill="${main}"/>` +
    `<path d="M30 84 Q100 116 170 84 M36 132 Q100 94 164 132 M100 28 Q72 100 100 172" fill="none" stroke="${light}" stroke-width="6"/>`,
  bottle: ({ main, dark, light }) =>
    `<rect x="80" y="22" width="40" height="32" rx="5" fill="${dark}"/>` +
    `<rect x="89" y="52" width="22" height="18" fill="${dark}"/>` +
    `<rect x="58" y="68" width="84" height="112" rx="20" fill="${main}"/>` +
    `<rect x="72" y="104" width="56" height="42" rx="5" fill="${light}"/>`,
  bag: ({ main, dark, light }) =>
    `<path d="M68 78 V62 A32 32 0 0 1 132 62 V78" fill="none" stroke="${dark}" stroke-width="10" stroke-linecap="round"/>` +
    `<path d="M40 74 H160 Q166 74 167 80 L176 170 Q177 178 169 178 H31 Q23 178 24 170 L33 80 Q34 74 40 74 Z" fill="${main}"/>` +
    `<circle cx="68" cy="96" r="6" fill="${light}"/><circle cx="132" cy="96" r="6" fill="${light}"/>`,
  watch: ({ main, dark, light }) =>
    `<rect x="78" y="16" width="44" height="168" rx="10" fill="${dark}"/>` +
    `<circle cx="100" cy="100" r="48" fill="${main}"/>` +
    `<circle cx="100" cy="100" r="37" fill="${light}"/>` +
    `<path d="M100 100 V74 M100 100 L118 110" stroke="${dark}" stroke-width="6" stroke-linecap="round"/>`,
  plant: ({ main, dark }) =>
    `<path d="M100 120 V70" stroke="${main}" stroke-width="8" stroke-linecap="round"/>` +
    `<ellipse cx="72" cy="72" rx="34" ry="16" transform="rotate(-30 72 72)" fill="${main}"/>` +
    `<ellipse cx="128" cy="62" rx="34" ry="16" transform="rotate(30 128 62)" fill="${main}"/>` +
    `<ellipse cx="100" cy="42" rx="14" ry="28" fill="${main}"/>` +
    `<path d="M56 118 H144 L132 182 H68 Z" fill="${dark}"/>`,
  apple: ({ main, dark, light }) =>
    `<path d="M100 62 C70 40 30 58 34 104 C38 150 70 182 100 168 C130 182 162 150 166 104 C170 58 130 40 100 62 Z" fill="${main}"/>` +
    `<path d="M100 62 Q98 40 108 24" fill="none" stroke="${dark}" stroke-width="7" stroke-linecap="round"/>` +
    `<ellipse cx="126" cy="34" rx="18" ry="9" transform="rotate(-25 126 34)" fill="${dark}"/>` +
    `<ellipse cx="66" cy="96" rx="10" ry="20" transform="rotate(20 66 96)" fill="${light}" opacity="0.6"/>`,
  gift: ({ main, dark, light }) =>
    `<rect x="36" y="80" width="128" height="98" rx="6" fill="${main}"/>` +
    `<rect x="28" y="62" width="144" height="30" rx="6" fill="${dark}"/>` +
    `<rect x="91" y="62" width="18" height="116" fill="${light}"/>` +
    `<path d="M100 62 C80 28 52 40 66 58 Z M100 62 C120 28 148 40 134 58 Z" fill="${dark}"/>`,
  dress: ({ main, dark }) =>
    `<path d="M80 22 L88 22 L93 54 L107 54 L112 22 L120 22 L125 62 Q129 72 121 84 L160 174 Q100 192 40 174 L79 84 Q71 72 75 62 Z" fill="${main}"/>` +
    `<rect x="78" y="80" width="44" height="9" rx="4" fill="${dark}"/>`,
  trousers: ({ main, dark, light }) =>
    `<path d="M56 24 H144 L152 178 H110 L100 82 L90 178 H48 Z" fill="${main}"/>` +
    `<rect x="56" y="22" width="88" height="15" rx="3" fill="${dark}"/>` +
    `<path d="M70 40 Q72 58 88 60 M130 40 Q128 58 112 60" fill="none" stroke="${light}" stroke-width="4" stroke-linecap="round"/>`,
  glasses: ({ main, dark, light }) =>
    `<path d="M40 94 L16 80 M160 94 L184 80" stroke="${dark}" stroke-width="7" stroke-linecap="round"/>` +
    `<circle cx="62" cy="106" r="32" fill="${dark}"/><circle cx="138" cy="106" r="32" fill="${dark}"/>` +
    `<circle cx="62" cy="106" r="24" fill="${main}"/><circle cx="138" cy="106" r="24" fill="${main}"/>` +
    `<path d="M92 100 Q100 88 108 100" fill="none" stroke="${dark}" stroke-width="7"/>` +
    `<path d="M50 96 L60 86 M126 96 L136 86" stroke="${light}" stroke-width="5" stroke-linecap="round"/>`,
  lamp: ({ main, dark, light }) =>
    `<path d="M62 36 H138 L160 104 H40 Z" fill="${main}"/>` +
    `<ellipse cx="100" cy="104" rx="60" ry="8" fill="${light}" opacity="0.7"/>` +
    `<rect x="95" y="106" width="10" height="56" fill="${dark}"/>` +
    `<rect x="62" y="158" width="76" height="16" rx="8" fill="${dark}"/>`,
  candle: ({ main, dark, light }) =>
    `<path d="M100 22 C116 40 113 56 100 58 C87 56 84 40 100 22 Z" fill="#f59e0b"/>` +
    `<path d="M100 40 C106 48 105 54 100 55 C95 54 94 48 100 40 Z" fill="#fde68a"/>` +
    `<path d="M100 58 V72" stroke="${dark}" stroke-width="4" stroke-linecap="round"/>` +
    `<rect x="56" y="72" width="88" height="106" rx="14" fill="${main}"/>` +
    `<rect x="70" y="110" width="60" height="36" rx="5" fill="${light}"/>`,
  textile: ({ main, dark, light }) =>
    `<rect x="34" y="124" width="132" height="42" rx="12" fill="${dark}"/>` +
    `<rect x="44" y="86" width="112" height="42" rx="12" fill="${main}"/>` +
    `<rect x="54" y="48" width="92" height="42" rx="12" fill="${light}" stroke="${main}" stroke-width="4"/>` +
    `<path d="M54 70 H146 M44 108 H156" stroke="${dark}" stroke-width="3" opacity="0.35"/>`,
  hat: ({ main, dark, light }) =>
    `<path d="M40 138 Q40 52 100 52 Q160 52 160 138 Z" fill="${main}"/>` +
    `<path d="M70 66 V136 M100 54 V136 M130 66 V136" stroke="${dark}" stroke-width="4" opacity="0.3"/>` +
    `<rect x="32" y="130" width="136" height="32" rx="12" fill="${dark}"/>` +
    `<circle cx="100" cy="44" r="15" fill="${light}"/>`,
} satisfies Record<string, Pictogram>;

type PictogramName = keyof typeof pictograms;

// Colour families that look natural for the object (green plants, red apples); the generic gift
// takes its family from the category instead.
const pictogramHues: Partial<Record<PictogramName, number>> = {
  shirt: 205, shoe: 18, headphones: 262, laptop: 218, phone: 325, mug: 12, book: 282,
  ball: 150, bottle: 338, bag: 28, watch: 40, plant: 128, apple: 4, dress: 345, trousers: 222,
  glasses: 190, lamp: 42, candle: 300, textile: 170, hat: 8,
};

// Tried in order against "name category", lower-cased: specific objects before broad families,
// in the shop's three languages because the catalogue may be localized.
const pictogramRules: Array<[RegExp, PictogramName]> = [
  [/headphone|earbud|earphone|speaker|audio|耳机|音箱|音频|auricular|cascos|altavoz/, 'headphones'],
  [/dress|连衣裙|裙|vestido/, 'dress'],
  [/\bbags?\b|backpack|wallet|luggage|clutch|tote|crossbody|weekender|包|bolso|mochila|cartera|maleta/, 'bag'],
  [/sunglass|glasses|眼镜|gafas/, 'glasses'],
  [/laptop|computer|monitor|keyboard|mouse|电脑|键盘|鼠标|portátil|ordenador|teclado|ratón/, 'laptop'],
  [/phone|tablet|charger|power bank|手机|平板|充电|teléfono|móvil|tableta|cargador|batería/, 'phone'],
  [/watch|jewel|\brings?\b|necklace|手表|首饰|珠宝|reloj|joya/, 'watch'],
  [/shoe|sneaker|boot|loafer|sandal|espadrille|flats|footwear|鞋|zapat|\bbotas?\b|calzado|sandalia/, 'shoe'],
  [/trouser|jeans|chino|jogger|shorts|pants|裤|pantal|vaquero/, 'trousers'],
  [/beanie|\bcaps?\b|\bhats?\b|帽|gorro|gorra|sombrero/, 'hat'],
  [/bottle|beauty|cosmetic|skin|cream|lotion|perfume|shampoo|瓶|美妆|护肤|化妆|香水|botella|belleza|cosmético|crema/, 'bottle'],
  [/shirt|\btees?\b|hoodie|sweater|blouse|polo|tank top|jacket|\btops?\b|apparel|cloth|fashion|衣|服装|服饰|上装|camis|ropa|chaqueta|jersey|blusa|sudadera/, 'shirt'],
  [/lamp|灯|lámpara/, 'lamp'],
  [/candle|蜡烛|vela/, 'candle'],
  [/towel|blanket|throw|cushion|duvet|pillow|scarf|gloves|毛巾|毯|靠垫|被套|围巾|手套|toalla|manta|cojín|funda|bufanda|guantes/, 'textile'],
  [/vase|plant|garden|flower|花瓶|植物|花园|园艺|花|jarrón|planta|jardín|flor/, 'plant'],
  [/\bmugs?\b|\bcups?\b|kitchen|coffee|\bteas?\b|home|house|杯|厨房|咖啡|茶|家居|taza|cocina|café|hogar/, 'mug'],
  [/book|stationer|\bpens?\b|书|文具|libro|papeler|cuaderno/, 'book'],
  [/sport|fitness|\bballs?\b|football|basketball|soccer|tennis|\btoys?\b|\bgames?\b|outdoor|运动|健身|球|玩具|游戏|户外|deporte|pelota|juguete|juego/, 'ball'],
  [/food|grocer|fruit|snack|食品|水果|零食|aliment|comida|fruta/, 'apple'],
  [/accessor|belt|配饰|腰带|accesorio|cinturón/, 'bag'],
];

function pickPictogram(product: ProductImageInput): PictogramName {
  const haystack = `${product.name} ${product.category}`.toLowerCase();
  return pictogramRules.find(([pattern]) => pattern.test(haystack))?.[1] ?? 'gift';
}

/** A self-contained SVG picture of the product (no text drawn, no external references). */
export function productImageSvg(product: ProductImageInput): string {
  const idHash = hashString(product.id);
  const pictogram = pickPictogram(product);
  // The kind of object (or else the category) chooses the colour family so a shelf of one
  // category looks related; the id shifts the shade so neighbours still differ.
  const familyHue = pictogramHues[pictogram] ?? hashString(product.category.toLowerCase()) % 360;
  const hue = (familyHue + (idHash % 41) - 20 + 360) % 360;
  const accentHue = (hue + 28) % 360;
  const palette: Palette = {
    main: `hsl(${hue} 58% 52%)`,
    dark: `hsl(${hue} 48% 32%)`,
    light: `hsl(${hue} 70% 95%)`,
  };
  const gradientId = `bg-${idHash.toString(16)}`;
  const bubbleX = 40 + (idHash % 90);
  const bubbleY = 30 + ((idHash >>> 8) % 60);
  const bubbleRadius = 46 + ((idHash >>> 16) % 40);
  const label = escapeXml(product.name);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<defs><linearGradient id="${gradientId}" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue} 80% 93%)"/><stop offset="1" stop-color="hsl(${accentHue} 72% 80%)"/>` +
    `</linearGradient></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#${gradientId})"/>` +
    `<circle cx="${bubbleX}" cy="${bubbleY}" r="${bubbleRadius}" fill="#ffffff" opacity="0.35"/>` +
    `<circle cx="${WIDTH - bubbleX / 2}" cy="${HEIGHT - bubbleY / 2}" r="${bubbleRadius + 30}" fill="#ffffff" opacity="0.22"/>` +
    `<ellipse cx="200" cy="256" rx="92" ry="12" fill="hsl(${hue} 40% 30%)" opacity="0.16"/>` +
    `<g transform="translate(100 50)">${pictograms[pictogram](palette)}</g>` +
    `</svg>`
  );
}
