import type { CatalogCategory } from '../catalog-category.js';

const waistSizes = ['28', '30', '32', '34', '36', '38'];

export const trousers: CatalogCategory = {
  id: 'trousers',
  name: { 'zh-CN': '裤装', en: 'Trousers', es: 'Pantalones' },
  nouns: [
    { key: 'jeans', en: 'Jeans', zh: '牛仔裤', es: { text: 'vaqueros', gender: 'm', plural: true }, modifiers: ['stretch', 'organic-cotton', 'selvedge'], sizes: waistSizes },
    { key: 'chinos', en: 'Chinos', zh: '卡其裤', es: { text: 'chinos', gender: 'm', plural: true }, modifiers: ['cotton', 'stretch', 'linen'], sizes: waistSizes },
    { key: 'trousers', en: 'Trousers', zh: '长裤', es: { text: 'pantalones', gender: 'm', plural: true }, modifiers: ['wool', 'linen', 'twill'], sizes: waistSizes },
    { key: 'joggers', en: 'Joggers', zh: '束脚运动裤', es: { text: 'pantalones jogger', gender: 'm', plural: true }, modifiers: ['cotton', 'fleece'], styles: ['relaxed', 'slim', 'essential', 'lightweight'] },
    { key: 'shorts', en: 'Shorts', zh: '短裤', es: { text: 'bermudas', gender: 'f', plural: true }, modifiers: ['cotton', 'linen', 'denim'] },
    { key: 'cargo-trousers', en: 'Cargo Trousers', zh: '工装裤', es: { text: 'pantalones cargo', gender: 'm', plural: true }, modifiers: ['cotton', 'twill'], styles: ['relaxed', 'essential', 'lightweight'] },
    { key: 'wide-leg-trousers', en: 'Wide-Leg Trousers', zh: '阔腿裤', es: { text: 'pantalones anchos', gender: 'm', plural: true }, modifiers: ['linen', 'wool'], styles: ['classic', 'lightweight', 'essential'] },
  ],
  modifiers: [
    { key: 'stretch', en: 'Stretch', zh: '弹力', es: { adjective: 'elástico' } },
    { key: 'organic-cotton', en: 'Organic Cotton', zh: '有机棉', es: { phrase: 'de algodón orgánico' } },
    { key: 'selvedge', en: 'Selvedge', zh: '赤耳', es: { phrase: 'de orillo' }, premium: true },
    { key: 'cotton', en: 'Cotton', zh: '纯棉', es: { phrase: 'de algodón' } },
    { key: 'linen', en: 'Linen', zh: '亚麻', es: { phrase: 'de lino' } },
    { key: 'wool', en: 'Wool', zh: '羊毛', es: { phrase: 'de lana' }, premium: true },
    { key: 'twill', en: 'Twill', zh: '斜纹', es: { phrase: 'de sarga' } },
    { key: 'fleece', en: 'Fleece', zh: '抓绒', es: { phrase: 'de felpa' } },
    { key: 'denim', en: 'Denim', zh: '牛仔', es: { adjective: 'vaquero' } },
  ],
  styles: [
    { key: 'slim', en: 'Slim', zh: '修身', es: { adjective: 'slim', invariable: true } },
    { key: 'relaxed', en: 'Relaxed', zh: '宽松', es: { adjective: 'holgado' } },
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'essential', en: 'Essential', zh: '基础款', es: { adjective: 'básico' } },
    { key: 'lightweight', en: 'Lightweight', zh: '轻薄', es: { adjective: 'ligero' } },
  ],
  sizes: ['XS', 'S', 'M', 'L', 'XL'],
  colours: ['black', 'navy', 'blue', 'light-blue', 'grey', 'charcoal', 'beige', 'olive', 'camel'],
  priceRange: [29, 119],
  descriptions: [
    {
      'zh-CN': '中腰设计，活动自如，适合久坐与通勤。',
      en: 'A mid-rise cut that moves with you, from the desk to the commute.',
      es: 'Tiro medio que acompaña cada movimiento, de la oficina al trayecto diario.',
    },
    {
      'zh-CN': '配有实用口袋，裤长可免费修改。',
      en: 'Practical pockets, and free hemming on request.',
      es: 'Bolsillos prácticos y arreglo de bajo gratuito si lo pides.',
    },
    {
      'zh-CN': '面料透气，四季皆宜。',
      en: 'A breathable fabric for every season.',
      es: 'Un tejido transpirable para todas las estaciones.',
    },
  ],
};
