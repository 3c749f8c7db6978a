import type { CatalogCategory } from '../catalog-category.js';

export const tops: CatalogCategory = {
  id: 'tops',
  name: { 'zh-CN': '上装', en: 'Tops', es: 'Camisetas y tops' },
  nouns: [
    { key: 't-shirt', en: 'T-Shirt', zh: 'T恤', es: { text: 'camiseta', gender: 'f', plural: false }, modifiers: ['cotton', 'organic-cotton', 'linen'] },
    { key: 'shirt', en: 'Shirt', zh: '衬衫', es: { text: 'camisa', gender: 'f', plural: false }, modifiers: ['cotton', 'linen', 'denim', 'oxford'] },
    { key: 'polo', en: 'Polo Shirt', zh: 'Polo衫', es: { text: 'polo', gender: 'm', plural: false }, modifiers: ['pique', 'cotton'] },
    { key: 'sweater', en: 'Sweater', zh: '毛衣', es: { text: 'jersey', gender: 'm', plural: false }, modifiers: ['wool', 'merino', 'cashmere'] },
    { key: 'hoodie', en: 'Hoodie', zh: '连帽卫衣', es: { text: 'sudadera con capucha', gender: 'f', plural: false }, modifiers: ['cotton', 'organic-cotton', 'fleece'], styles: ['essential', 'relaxed', 'classic'] },
    { key: 'blouse', en: 'Blouse', zh: '女衬衫', es: { text: 'blusa', gender: 'f', plural: false }, modifiers: ['silk', 'chiffon', 'linen'] },
    { key: 'tank-top', en: 'Tank Top', zh: '背心', es: { text: 'camiseta de tirantes', gender: 'f', plural: false }, modifiers: ['cotton', 'linen'] },
  ],
  modifiers: [
    { key: 'cotton', en: 'Cotton', zh: '纯棉', es: { phrase: 'de algodón' } },
    { key: 'organic-cotton', en: 'Organic Cotton', zh: '有机棉', es: { phrase: 'de algodón orgánico' } },
    { key: 'linen', en: 'Linen', zh: '亚麻', es: { phrase: 'de lino' } },
    { key: 'denim', en: 'Denim', zh: '牛仔', es: { adjective: 'vaquero' } },
    { key: 'oxford', en: 'Oxford', zh: '牛津纺', es: { adjective: 'Oxford', invariable: true } },
    { key: 'pique', en: 'Piqué', zh: '珠地棉', es: { phrase: 'de piqué' } },
    { key: 'wool', en: 'Wool', zh: '羊毛', es: { phrase: 'de lana' } },
    { key: 'merino', en: 'Merino Wool', zh: '美利奴羊毛', es: { phrase: 'de lana merino' }, premium: true },
    { key: 'cashmere', en: 'Cashmere', zh: '羊绒', es: { phrase: 'de cachemir' }, premium: true },
    { key: 'fleece', en: 'Fleece', zh: '抓绒', es: { phrase: 'de forro polar' } },
    { key: 'silk', en: 'Silk', zh: '真丝', es: { phrase: 'de seda' }, premium: true },
    { key: 'chiffon', en: 'Chiffon', zh: '雪纺', es: { phrase: 'de gasa' } },
  ],
  styles: [
    { key: 'essential', en: 'Essential', zh: '基础款', es: { adjective: 'básico' } },
    { key: 'relaxed', en: 'Relaxed', zh: '宽松', es: { adjective: 'holgado' } },
    { key: 'slim-fit', en: 'Slim-Fit', zh: '修身', es: { adjective: 'entallado' } },
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'lightweight', en: 'Lightweight', zh: '轻薄', es: { adjective: 'ligero' } },
  ],
  sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
  colours: ['white', 'black', 'grey', 'navy', 'light-blue', 'beige', 'pink', 'sage', 'burgundy', 'yellow'],
  priceRange: [12, 89],
  descriptions: [
    {
      'zh-CN': '面料柔软亲肤，经多次洗涤仍保持版型。',
      en: 'A soft fabric that keeps its shape wash after wash.',
      es: 'Un tejido suave que mantiene la forma lavado tras lavado.',
    },
    {
      'zh-CN': '百搭单品，可单穿也可叠穿。',
      en: 'An easy piece to wear on its own or layered.',
      es: 'Una prenda fácil de combinar, sola o por capas.',
    },
    {
      'zh-CN': '建议冷水机洗，反面熨烫。',
      en: 'Machine wash cold and iron inside out.',
      es: 'Lavar a máquina en frío y planchar del revés.',
    },
  ],
};
