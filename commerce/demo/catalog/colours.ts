import type { Localized } from '../../localized.js';

/** Every colour the demo catalog uses, by code. */
export const COLOURS: Readonly<Record<string, Localized>> = {
  black: { 'zh-CN': '黑色', en: 'Black', es: 'Negro' },
  white: { 'zh-CN': '白色', en: 'White', es: 'Blanco' },
  grey: { 'zh-CN': '灰色', en: 'Grey', es: 'Gris' },
  charcoal: { 'zh-CN': '炭灰色', en: 'Charcoal', es: 'Gris marengo' },
  navy: { 'zh-CN': '藏青色', en: 'Navy', es: 'Azul marino' },
  blue: { 'zh-CN': '蓝色', en: 'Blue', es: 'Azul' },
  'light-blue': { 'zh-CN': '浅蓝色', en: 'Light Blue', es: 'Azul claro' },
  beige: { 'zh-CN': '米色', en: 'Beige', es: 'Beis' },
  camel: { 'zh-CN': '驼色', en: 'Camel', es: 'Camel' },
  brown: { 'zh-CN': '棕色', en: 'Brown', es: 'Marrón' },
  ivory: { 'zh-CN': '象牙白', en: 'Ivory', es: 'Marfil' },
  red: { 'zh-CN': '红色', en: 'Red', es: 'Rojo' },
  burgundy: { 'zh-CN': '酒红色', en: 'Burgundy', es: 'Burdeos' },
  pink: { 'zh-CN': '粉色', en: 'Pink', es: 'Rosa' },
  green: { 'zh-CN': '绿色', en: 'Green', es: 'Verde' },
  olive: { 'zh-CN': '橄榄绿', en: 'Olive', es: 'Verde oliva' },
  sage: { 'zh-CN': '灰绿色', en: 'Sage', es: 'Verde salvia' },
  yellow: { 'zh-CN': '黄色', en: 'Yellow', es: 'Amarillo' },
  terracotta: { 'zh-CN': '陶土色', en: 'Terracotta', es: 'Terracota' },
  silver: { 'zh-CN': '银色', en: 'Silver', es: 'Plateado' },
  tortoiseshell: { 'zh-CN': '玳瑁色', en: 'Tortoiseshell', es: 'Carey' },
};

export function colourName(code: string): Localized {
  const name = COLOURS[code];
  if (name === undefined) throw new RangeError(`unknown colour code ${code}`);
  return name;
}
