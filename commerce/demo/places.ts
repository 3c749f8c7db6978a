import type { Localized } from '../localized.js';

/** Where the demo shop's customers live and how parcels reach them, country by country. */
export interface DemoCountry {
  code: string;
  /** The shop's fulfilment centre serving the country. */
  warehouse: Localized;
  /** Sorting hubs a parcel passes through. */
  hubs: readonly Localized[];
  /** Where customers live. */
  cities: readonly Localized[];
  carriers: readonly string[];
  emailDomain: string;
}

const city = (en: string, zh: string, es: string = en): Localized => ({ 'zh-CN': zh, en, es });

export const DEMO_COUNTRIES: Readonly<Record<string, DemoCountry>> = {
  CN: {
    code: 'CN',
    warehouse: city('Dongguan', '东莞', 'Dongguan'),
    hubs: [city('Guangzhou', '广州', 'Cantón'), city('Wuhan', '武汉'), city('Hangzhou', '杭州'), city('Zhengzhou', '郑州'), city('Tianjin', '天津', 'Tianjín')],
    cities: [city('Shanghai', '上海', 'Shanghái'), city('Beijing', '北京', 'Pekín'), city('Shenzhen', '深圳'), city('Chengdu', '成都'), city('Nanjing', '南京', 'Nankín'), city("Xi'an", '西安', 'Xi’an'), city('Suzhou', '苏州'), city('Xiamen', '厦门')],
    carriers: ['SF Express', 'JD Logistics', 'China Post EMS'],
    emailDomain: 'example.cn',
  },
  US: {
    code: 'US',
    warehouse: city('Columbus, OH', '俄亥俄州哥伦布', 'Columbus (Ohio)'),
    hubs: [city('Louisville, KY', '肯塔基州路易斯维尔', 'Louisville (Kentucky)'), city('Memphis, TN', '田纳西州孟菲斯', 'Memphis (Tennessee)'), city('Chicago, IL', '伊利诺伊州芝加哥', 'Chicago (Illinois)'), city('Dallas, TX', '得克萨斯州达拉斯', 'Dallas (Texas)')],
    cities: [city('New York', '纽约', 'Nueva York'), city('Los Angeles', '洛杉矶', 'Los Ángeles'), city('Seattle', '西雅图'), city('Austin', '奥斯汀'), city('Boston', '波士顿'), city('Denver', '丹佛'), city('Miami', '迈阿密'), city('San Francisco', '旧金山')],
    carriers: ['UPS', 'FedEx', 'USPS'],
    emailDomain: 'example.com',
  },
  GB: {
    code: 'GB',
    warehouse: city('Milton Keynes', '米尔顿凯恩斯'),
    hubs: [city('Birmingham', '伯明翰'), city('Coventry', '考文垂'), city('Warrington', '沃灵顿')],
    cities: [city('London', '伦敦', 'Londres'), city('Manchester', '曼彻斯特', 'Mánchester'), city('Bristol', '布里斯托'), city('Leeds', '利兹'), city('Edinburgh', '爱丁堡', 'Edimburgo'), city('Glasgow', '格拉斯哥', 'Glasgow')],
    carriers: ['Royal Mail', 'DPD', 'Evri'],
    emailDomain: 'example.com',
  },
  CA: {
    code: 'CA',
    warehouse: city('Mississauga', '密西沙加'),
    hubs: [city('Toronto', '多伦多'), city('Winnipeg', '温尼伯'), city('Calgary', '卡尔加里')],
    cities: [city('Toronto', '多伦多'), city('Vancouver', '温哥华'), city('Montreal', '蒙特利尔', 'Montreal'), city('Ottawa', '渥太华')],
    carriers: ['Canada Post', 'Purolator'],
    emailDomain: 'example.com',
  },
  AU: {
    code: 'AU',
    warehouse: city('Sydney', '悉尼', 'Sídney'),
    hubs: [city('Sydney', '悉尼', 'Sídney'), city('Melbourne', '墨尔本'), city('Brisbane', '布里斯班')],
    cities: [city('Sydney', '悉尼', 'Sídney'), city('Melbourne', '墨尔本'), city('Brisbane', '布里斯班'), city('Perth', '珀斯')],
    carriers: ['Australia Post', 'StarTrack'],
    emailDomain: 'example.com',
  },
  ES: {
    code: 'ES',
    warehouse: city('Zaragoza', '萨拉戈萨'),
    hubs: [city('Madrid', '马德里'), city('Barcelona', '巴塞罗那'), city('Valencia', '瓦伦西亚'), city('Seville', '塞维利亚', 'Sevilla')],
    cities: [city('Madrid', '马德里'), city('Barcelona', '巴塞罗那'), city('Valencia', '瓦伦西亚'), city('Seville', '塞维利亚', 'Sevilla'), city('Bilbao', '毕尔巴鄂'), city('Málaga', '马拉加'), city('Zaragoza', '萨拉戈萨')],
    carriers: ['Correos Express', 'SEUR', 'MRW'],
    emailDomain: 'example.es',
  },
  MX: {
    code: 'MX',
    warehouse: city('Mexico City', '墨西哥城', 'Ciudad de México'),
    hubs: [city('Querétaro', '克雷塔罗'), city('Guadalajara', '瓜达拉哈拉'), city('Monterrey', '蒙特雷')],
    cities: [city('Mexico City', '墨西哥城', 'Ciudad de México'), city('Guadalajara', '瓜达拉哈拉'), city('Monterrey', '蒙特雷'), city('Puebla', '普埃布拉')],
    carriers: ['Estafeta', 'DHL Express'],
    emailDomain: 'example.com',
  },
  AR: {
    code: 'AR',
    warehouse: city('Buenos Aires', '布宜诺斯艾利斯'),
    hubs: [city('Rosario', '罗萨里奥'), city('Córdoba', '科尔多瓦')],
    cities: [city('Buenos Aires', '布宜诺斯艾利斯'), city('Córdoba', '科尔多瓦'), city('Rosario', '罗萨里奥'), city('Mendoza', '门多萨')],
    carriers: ['Andreani', 'Correo Argentino'],
    emailDomain: 'example.com',
  },
  CO: {
    code: 'CO',
    warehouse: city('Bogotá', '波哥大'),
    hubs: [city('Bogotá', '波哥大'), city('Medellín', '麦德林'), city('Cali', '卡利')],
    cities: [city('Bogotá', '波哥大'), city('Medellín', '麦德林'), city('Cali', '卡利'), city('Barranquilla', '巴兰基亚')],
    carriers: ['Servientrega', 'DHL Express'],
    emailDomain: 'example.com',
  },
};

export function demoCountry(code: string): DemoCountry {
  const country = DEMO_COUNTRIES[code];
  if (country === undefined) throw new RangeError(`unknown demo country ${code}`);
  return country;
}
