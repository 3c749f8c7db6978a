import type { CatalogCategory } from '../catalog-category.js';

export const shoes: CatalogCategory = {
  id: 'shoes',
  name: { 'zh-CN': '鞋履', en: 'Shoes', es: 'Calzado' },
  nouns: [
    { key: 'sneakers', en: 'Sneakers', zh: '运动鞋', es: { text: 'zapatillas', gender: 'f', plural: true }, modifiers: ['canvas', 'leather', 'suede', 'knit', 'mesh'] },
    { key: 'loafers', en: 'Loafers', zh: '乐福鞋', es: { text: 'mocasines', gender: 'm', plural: true }, modifiers: ['leather', 'suede'], styles: ['classic', 'retro', 'minimalist', 'comfort'] },
    { key: 'ankle-boots', en: 'Ankle Boots', zh: '短靴', es: { text: 'botines', gender: 'm', plural: true }, modifiers: ['leather', 'suede'] },
    { key: 'chelsea-boots', en: 'Chelsea Boots', zh: '切尔西靴', es: { text: 'botas Chelsea', gender: 'f', plural: true }, modifiers: ['leather', 'suede'] },
    { key: 'sandals', en: 'Sandals', zh: '凉鞋', es: { text: 'sandalias', gender: 'f', plural: true }, modifiers: ['leather', 'suede'], styles: ['classic', 'lightweight', 'minimalist', 'comfort'] },
    { key: 'espadrilles', en: 'Espadrilles', zh: '渔夫鞋', es: { text: 'alpargatas', gender: 'f', plural: true }, modifiers: ['canvas', 'linen'] },
    { key: 'ballet-flats', en: 'Ballet Flats', zh: '芭蕾平底鞋', es: { text: 'bailarinas', gender: 'f', plural: true }, modifiers: ['leather', 'suede', 'knit'], styles: ['classic', 'lightweight', 'minimalist', 'comfort'] },
  ],
  modifiers: [
    { key: 'leather', en: 'Leather', zh: '真皮', es: { phrase: 'de piel' }, premium: true },
    { key: 'suede', en: 'Suede', zh: '麂皮', es: { phrase: 'de ante' }, premium: true },
    { key: 'canvas', en: 'Canvas', zh: '帆布', es: { phrase: 'de lona' } },
    { key: 'knit', en: 'Knit', zh: '针织', es: { phrase: 'de punto' } },
    { key: 'mesh', en: 'Mesh', zh: '网面', es: { phrase: 'de malla' } },
    { key: 'linen', en: 'Linen', zh: '亚麻', es: { phrase: 'de lino' } },
  ],
  styles: [
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'lightweight', en: 'Lightweight', zh: '轻便', es: { adjective: 'ligero' } },
    { key: 'retro', en: 'Retro', zh: '复古', es: { adjective: 'retro', invariable: true } },
    { key: 'minimalist', en: 'Minimalist', zh: '简约', es: { adjective: 'minimalista' } },
    { key: 'comfort', en: 'Comfort', zh: '舒适', es: { adjective: 'cómodo' } },
    { key: 'urban', en: 'Urban', zh: '都市', es: { adjective: 'urbano' } },
  ],
  sizes: ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45'],
  colours: ['black', 'white', 'grey', 'navy', 'beige', 'camel', 'brown', 'burgundy', 'olive'],
  priceRange: [39, 159],
  descriptions: [
    {
      'zh-CN': '缓震鞋垫搭配柔韧鞋底，全天穿着依然舒适。',
      en: 'A cushioned insole and a flexible sole keep them comfortable all day.',
      es: 'Plantilla acolchada y suela flexible para estar cómodo todo el día.',
    },
    {
      'zh-CN': '尺码标准，建议选择平时穿的尺码。',
      en: 'True to size: order your usual size.',
      es: 'Tallaje estándar: elige tu talla habitual.',
    },
    {
      'zh-CN': '防滑橡胶大底，适合日常通勤与周末出行。',
      en: 'A non-slip rubber outsole made for the daily commute and weekends away.',
      es: 'Suela de goma antideslizante, ideal para el día a día y las escapadas de fin de semana.',
    },
  ],
};
