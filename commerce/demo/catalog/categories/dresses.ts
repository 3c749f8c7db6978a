import type { CatalogCategory } from '../catalog-category.js';

export const dresses: CatalogCategory = {
  id: 'dresses',
  name: { 'zh-CN': '连衣裙', en: 'Dresses', es: 'Vestidos' },
  nouns: [
    { key: 'midi-dress', en: 'Midi Dress', zh: '中长款连衣裙', es: { text: 'vestido midi', gender: 'm', plural: false }, modifiers: ['cotton', 'linen', 'silk', 'jersey'] },
    { key: 'maxi-dress', en: 'Maxi Dress', zh: '长款连衣裙', es: { text: 'vestido largo', gender: 'm', plural: false }, modifiers: ['chiffon', 'linen', 'viscose'] },
    { key: 'shirt-dress', en: 'Shirt Dress', zh: '衬衫裙', es: { text: 'vestido camisero', gender: 'm', plural: false }, modifiers: ['cotton', 'linen', 'denim'], styles: ['classic', 'casual', 'minimalist', 'summer'] },
    { key: 'wrap-dress', en: 'Wrap Dress', zh: '裹身裙', es: { text: 'vestido cruzado', gender: 'm', plural: false }, modifiers: ['jersey', 'silk', 'viscose'] },
    { key: 'slip-dress', en: 'Slip Dress', zh: '吊带裙', es: { text: 'vestido lencero', gender: 'm', plural: false }, modifiers: ['silk', 'satin'], styles: ['elegant', 'minimalist', 'flowy', 'summer'] },
    { key: 'sweater-dress', en: 'Sweater Dress', zh: '针织连衣裙', es: { text: 'vestido de punto', gender: 'm', plural: false }, modifiers: ['merino', 'cashmere'], styles: ['classic', 'elegant', 'minimalist', 'casual'] },
    { key: 'mini-dress', en: 'Mini Dress', zh: '短款连衣裙', es: { text: 'vestido corto', gender: 'm', plural: false }, modifiers: ['cotton', 'denim', 'satin'] },
  ],
  modifiers: [
    { key: 'cotton', en: 'Cotton', zh: '纯棉', es: { phrase: 'de algodón' } },
    { key: 'linen', en: 'Linen', zh: '亚麻', es: { phrase: 'de lino' } },
    { key: 'silk', en: 'Silk', zh: '真丝', es: { phrase: 'de seda' }, premium: true },
    { key: 'jersey', en: 'Jersey', zh: '针织', es: { phrase: 'de punto' } },
    { key: 'chiffon', en: 'Chiffon', zh: '雪纺', es: { phrase: 'de gasa' } },
    { key: 'viscose', en: 'Viscose', zh: '粘胶', es: { phrase: 'de viscosa' } },
    { key: 'denim', en: 'Denim', zh: '牛仔', es: { adjective: 'vaquero' } },
    { key: 'satin', en: 'Satin', zh: '缎面', es: { phrase: 'de satén' } },
    { key: 'merino', en: 'Merino Wool', zh: '美利奴羊毛', es: { phrase: 'de lana merino' }, premium: true },
    { key: 'cashmere', en: 'Cashmere', zh: '羊绒', es: { phrase: 'de cachemir' }, premium: true },
  ],
  styles: [
    { key: 'elegant', en: 'Elegant', zh: '优雅', es: { adjective: 'elegante' } },
    { key: 'summer', en: 'Summer', zh: '夏日', es: { adjective: 'veraniego' } },
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'flowy', en: 'Flowy', zh: '飘逸', es: { adjective: 'vaporoso' } },
    { key: 'casual', en: 'Casual', zh: '休闲', es: { adjective: 'casual' } },
    { key: 'minimalist', en: 'Minimalist', zh: '简约', es: { adjective: 'minimalista' } },
  ],
  sizes: ['XS', 'S', 'M', 'L', 'XL'],
  colours: ['black', 'navy', 'ivory', 'red', 'burgundy', 'pink', 'sage', 'olive', 'terracotta', 'yellow', 'light-blue'],
  priceRange: [35, 159],
  descriptions: [
    {
      'zh-CN': '剪裁利落，从办公室到晚餐都能轻松驾驭。',
      en: 'A clean cut that goes from the office to dinner.',
      es: 'Un corte limpio que va de la oficina a la cena.',
    },
    {
      'zh-CN': '面料垂坠感好，行走间自然飘逸。',
      en: 'A fabric with a soft drape that moves as you walk.',
      es: 'Un tejido con buena caída que se mueve contigo.',
    },
    {
      'zh-CN': '模特身高175厘米，穿着S码。',
      en: 'The model is 175 cm tall and wears a size S.',
      es: 'La modelo mide 175 cm y lleva la talla S.',
    },
  ],
};
