import type { CatalogCategory } from '../catalog-category.js';

export const bags: CatalogCategory = {
  id: 'bags',
  name: { 'zh-CN': '箱包', en: 'Bags', es: 'Bolsos' },
  nouns: [
    { key: 'tote', en: 'Tote Bag', zh: '托特包', es: { text: 'bolso tote', gender: 'm', plural: false }, modifiers: ['leather', 'canvas', 'vegan-leather'] },
    { key: 'backpack', en: 'Backpack', zh: '双肩包', es: { text: 'mochila', gender: 'f', plural: false }, modifiers: ['canvas', 'leather', 'nylon'] },
    { key: 'crossbody', en: 'Crossbody Bag', zh: '斜挎包', es: { text: 'bolso bandolera', gender: 'm', plural: false }, modifiers: ['leather', 'vegan-leather', 'nylon'] },
    { key: 'weekender', en: 'Weekender Bag', zh: '旅行袋', es: { text: 'bolsa de viaje', gender: 'f', plural: false }, modifiers: ['canvas', 'leather', 'nylon'], styles: ['classic', 'urban', 'vintage', 'soft'] },
    { key: 'clutch', en: 'Clutch', zh: '手拿包', es: { text: 'bolso de mano', gender: 'm', plural: false }, modifiers: ['leather', 'satin', 'vegan-leather'], styles: ['classic', 'compact', 'minimalist', 'vintage'] },
    { key: 'laptop-bag', en: 'Laptop Bag', zh: '电脑包', es: { text: 'maletín para portátil', gender: 'm', plural: false }, modifiers: ['leather', 'nylon', 'canvas'], styles: ['classic', 'urban', 'minimalist', 'compact'] },
  ],
  modifiers: [
    { key: 'leather', en: 'Leather', zh: '真皮', es: { phrase: 'de piel' }, premium: true },
    { key: 'vegan-leather', en: 'Vegan Leather', zh: '环保皮', es: { phrase: 'de piel vegana' } },
    { key: 'canvas', en: 'Canvas', zh: '帆布', es: { phrase: 'de lona' } },
    { key: 'nylon', en: 'Nylon', zh: '尼龙', es: { phrase: 'de nailon' } },
    { key: 'satin', en: 'Satin', zh: '缎面', es: { phrase: 'de satén' } },
  ],
  styles: [
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'compact', en: 'Compact', zh: '小巧', es: { adjective: 'compacto' } },
    { key: 'urban', en: 'Urban', zh: '都市', es: { adjective: 'urbano' } },
    { key: 'minimalist', en: 'Minimalist', zh: '简约', es: { adjective: 'minimalista' } },
    { key: 'soft', en: 'Soft', zh: '软质', es: { adjective: 'suave' } },
    { key: 'vintage', en: 'Vintage', zh: '复古', es: { adjective: 'vintage', invariable: true } },
  ],
  sizes: [],
  colours: ['black', 'brown', 'camel', 'navy', 'beige', 'olive', 'burgundy', 'grey', 'ivory'],
  priceRange: [25, 249],
  descriptions: [
    {
      'zh-CN': '内设拉链隔层，钥匙和手机不再乱放。',
      en: 'A zipped inner pocket keeps keys and phone in their place.',
      es: 'Un bolsillo interior con cremallera para llaves y móvil.',
    },
    {
      'zh-CN': '加固缝线与耐磨底部，经得起每天使用。',
      en: 'Reinforced seams and a hard-wearing base for everyday use.',
      es: 'Costuras reforzadas y base resistente para el uso diario.',
    },
    {
      'zh-CN': '可调节肩带，单肩或手提皆宜。',
      en: 'An adjustable strap to carry it on the shoulder or by hand.',
      es: 'Correa ajustable para llevarlo al hombro o en la mano.',
    },
  ],
};
