import type { CatalogCategory } from '../catalog-category.js';

export const accessories: CatalogCategory = {
  id: 'accessories',
  name: { 'zh-CN': '配饰', en: 'Accessories', es: 'Accesorios' },
  nouns: [
    { key: 'scarf', en: 'Scarf', zh: '围巾', es: { text: 'bufanda', gender: 'f', plural: false }, modifiers: ['wool', 'cashmere', 'silk'], styles: ['classic', 'soft', 'warm', 'lightweight'] },
    { key: 'beanie', en: 'Beanie', zh: '针织帽', es: { text: 'gorro', gender: 'm', plural: false }, modifiers: ['wool', 'merino', 'cashmere'], styles: ['classic', 'soft', 'warm', 'minimalist'] },
    { key: 'belt', en: 'Belt', zh: '腰带', es: { text: 'cinturón', gender: 'm', plural: false }, modifiers: ['leather', 'suede', 'canvas'], styles: ['classic', 'minimalist', 'vintage'], sizes: ['80', '85', '90', '95', '100', '105'] },
    { key: 'wallet', en: 'Wallet', zh: '钱包', es: { text: 'cartera', gender: 'f', plural: false }, modifiers: ['leather', 'vegan-leather'], styles: ['classic', 'minimalist', 'vintage', 'slim'] },
    { key: 'sunglasses', en: 'Sunglasses', zh: '太阳镜', es: { text: 'gafas de sol', gender: 'f', plural: true }, modifiers: ['acetate', 'metal'], styles: ['classic', 'minimalist', 'vintage'], colours: ['black', 'tortoiseshell', 'brown', 'silver'] },
    { key: 'cap', en: 'Baseball Cap', zh: '棒球帽', es: { text: 'gorra', gender: 'f', plural: false }, modifiers: ['cotton', 'denim', 'wool'], styles: ['classic', 'minimalist', 'vintage'] },
    { key: 'gloves', en: 'Gloves', zh: '手套', es: { text: 'guantes', gender: 'm', plural: true }, modifiers: ['leather', 'wool', 'cashmere'], styles: ['classic', 'soft', 'warm', 'slim'], sizes: ['S', 'M', 'L'] },
  ],
  modifiers: [
    { key: 'wool', en: 'Wool', zh: '羊毛', es: { phrase: 'de lana' } },
    { key: 'merino', en: 'Merino Wool', zh: '美利奴羊毛', es: { phrase: 'de lana merino' } },
    { key: 'cashmere', en: 'Cashmere', zh: '羊绒', es: { phrase: 'de cachemir' }, premium: true },
    { key: 'silk', en: 'Silk', zh: '真丝', es: { phrase: 'de seda' }, premium: true },
    { key: 'leather', en: 'Leather', zh: '真皮', es: { phrase: 'de piel' }, premium: true },
    { key: 'vegan-leather', en: 'Vegan Leather', zh: '环保皮', es: { phrase: 'de piel vegana' } },
    { key: 'suede', en: 'Suede', zh: '麂皮', es: { phrase: 'de ante' } },
    { key: 'canvas', en: 'Canvas', zh: '帆布', es: { phrase: 'de lona' } },
    { key: 'acetate', en: 'Acetate', zh: '板材', es: { phrase: 'de acetato' } },
    { key: 'metal', en: 'Metal', zh: '金属', es: { phrase: 'de metal' } },
    { key: 'cotton', en: 'Cotton', zh: '纯棉', es: { phrase: 'de algodón' } },
    { key: 'denim', en: 'Denim', zh: '牛仔', es: { adjective: 'vaquero' } },
  ],
  styles: [
    { key: 'classic', en: 'Classic', zh: '经典', es: { adjective: 'clásico' } },
    { key: 'soft', en: 'Soft', zh: '柔软', es: { adjective: 'suave' } },
    { key: 'warm', en: 'Warm', zh: '保暖', es: { adjective: 'cálido' } },
    { key: 'lightweight', en: 'Lightweight', zh: '轻薄', es: { adjective: 'ligero' } },
    { key: 'minimalist', en: 'Minimalist', zh: '简约', es: { adjective: 'minimalista' } },
    { key: 'vintage', en: 'Vintage', zh: '复古', es: { adjective: 'vintage', invariable: true } },
    { key: 'slim', en: 'Slim', zh: '纤薄', es: { adjective: 'fino' } },
  ],
  sizes: [],
  colours: ['black', 'brown', 'camel', 'grey', 'navy', 'burgundy', 'beige', 'olive'],
  priceRange: [9, 99],
  descriptions: [
    {
      'zh-CN': '送礼自用两相宜，附赠礼品盒。',
      en: 'A thoughtful gift, or a treat for yourself; it comes in a gift box.',
      es: 'Un buen regalo, o un capricho para ti; se entrega en caja de regalo.',
    },
    {
      'zh-CN': '细节做工考究，经久耐用。',
      en: 'Carefully finished details made to last.',
      es: 'Acabados cuidados, hechos para durar.',
    },
    {
      'zh-CN': '百搭配色，轻松搭配日常穿着。',
      en: 'An easy colour to pair with everyday outfits.',
      es: 'Un color fácil de combinar con tu ropa de diario.',
    },
  ],
};
