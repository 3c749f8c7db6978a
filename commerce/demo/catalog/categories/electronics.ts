import type { CatalogCategory } from '../catalog-category.js';

export const electronics: CatalogCategory = {
  id: 'electronics',
  name: { 'zh-CN': '数码电子', en: 'Electronics', es: 'Electrónica' },
  nouns: [
    { key: 'headphones', en: 'Headphones', zh: '头戴式耳机', es: { text: 'cascos', gender: 'm', plural: true }, modifiers: ['wireless', 'noise-cancelling'], styles: ['compact', 'lightweight', 'studio', 'foldable'] },
    { key: 'earbuds', en: 'Earbuds', zh: '入耳式耳机', es: { text: 'auriculares in-ear', gender: 'm', plural: true }, modifiers: ['wireless', 'noise-cancelling', 'sport'], styles: ['compact', 'lightweight'] },
    { key: 'speaker', en: 'Speaker', zh: '音箱', es: { text: 'altavoz', gender: 'm', plural: false }, modifiers: ['bluetooth', 'waterproof'], styles: ['compact', 'portable', 'studio'] },
    { key: 'power-bank', en: 'Power Bank', zh: '充电宝', es: { text: 'batería externa', gender: 'f', plural: false }, modifiers: ['fast-charging', 'magnetic'], styles: ['compact', 'slim', 'portable'] },
    { key: 'smartwatch', en: 'Smartwatch', zh: '智能手表', es: { text: 'reloj inteligente', gender: 'm', plural: false }, modifiers: ['gps', 'waterproof'], styles: ['lightweight', 'slim', 'sport-style'] },
    { key: 'charger', en: 'Charger', zh: '充电器', es: { text: 'cargador', gender: 'm', plural: false }, modifiers: ['fast-charging', 'wireless', 'usb-c'], styles: ['compact', 'slim', 'foldable'] },
    { key: 'keyboard', en: 'Keyboard', zh: '键盘', es: { text: 'teclado', gender: 'm', plural: false }, modifiers: ['wireless', 'mechanical', 'bluetooth'], styles: ['compact', 'slim', 'foldable'] },
    { key: 'mouse', en: 'Mouse', zh: '鼠标', es: { text: 'ratón', gender: 'm', plural: false }, modifiers: ['wireless', 'ergonomic', 'bluetooth'], styles: ['compact', 'slim', 'lightweight'] },
  ],
  modifiers: [
    { key: 'wireless', en: 'Wireless', zh: '无线', es: { adjective: 'inalámbrico' } },
    { key: 'noise-cancelling', en: 'Noise-Cancelling', zh: '降噪', es: { phrase: 'con cancelación de ruido' }, premium: true },
    { key: 'sport', en: 'Sport', zh: '运动', es: { adjective: 'deportivo' } },
    { key: 'bluetooth', en: 'Bluetooth', zh: '蓝牙', es: { adjective: 'Bluetooth', invariable: true } },
    { key: 'waterproof', en: 'Waterproof', zh: '防水', es: { phrase: 'resistente al agua' } },
    { key: 'fast-charging', en: 'Fast-Charging', zh: '快充', es: { phrase: 'de carga rápida' } },
    { key: 'magnetic', en: 'Magnetic', zh: '磁吸', es: { adjective: 'magnético' } },
    { key: 'gps', en: 'GPS', zh: 'GPS', es: { phrase: 'con GPS' }, premium: true },
    { key: 'usb-c', en: 'USB-C', zh: 'USB-C', es: { adjective: 'USB-C', invariable: true } },
    { key: 'mechanical', en: 'Mechanical', zh: '机械', es: { adjective: 'mecánico' }, premium: true },
    { key: 'ergonomic', en: 'Ergonomic', zh: '人体工学', es: { adjective: 'ergonómico' } },
  ],
  styles: [
    { key: 'compact', en: 'Compact', zh: '小巧', es: { adjective: 'compacto' } },
    { key: 'portable', en: 'Portable', zh: '便携', es: { adjective: 'portátil' } },
    { key: 'slim', en: 'Slim', zh: '超薄', es: { adjective: 'ultrafino' } },
    { key: 'lightweight', en: 'Lightweight', zh: '轻量', es: { adjective: 'ligero' } },
    { key: 'studio', en: 'Studio', zh: '录音室级', es: { adjective: 'profesional' } },
    { key: 'foldable', en: 'Foldable', zh: '可折叠', es: { adjective: 'plegable' } },
    { key: 'sport-style', en: 'Active', zh: '运动款', es: { adjective: 'deportivo' } },
  ],
  sizes: [],
  colours: ['black', 'white', 'silver', 'charcoal', 'navy', 'sage'],
  priceRange: [19, 299],
  descriptions: [
    {
      'zh-CN': '享受一年质保，附带USB-C数据线。',
      en: 'Comes with a USB-C cable and a one-year warranty.',
      es: 'Incluye cable USB-C y un año de garantía.',
    },
    {
      'zh-CN': '做工扎实，经过日常使用测试。',
      en: 'Solidly built and tested for everyday use.',
      es: 'Fabricación sólida, probada para el uso diario.',
    },
    {
      'zh-CN': '兼容iOS、Android、Windows和macOS。',
      en: 'Works with iOS, Android, Windows and macOS.',
      es: 'Compatible con iOS, Android, Windows y macOS.',
    },
  ],
};
