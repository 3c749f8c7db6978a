/**
 * Name tables for demo customers of three origins. Chinese names carry their pinyin so the
 * email address can be built from it (王芳 -> fang.wang@example.cn).
 */
export interface RomanizedName {
  text: string;
  pinyin: string;
}

export const CHINESE_SURNAMES: readonly RomanizedName[] = [
  { text: '王', pinyin: 'wang' }, { text: '李', pinyin: 'li' }, { text: '张', pinyin: 'zhang' }, { text: '刘', pinyin: 'liu' },
  { text: '陈', pinyin: 'chen' }, { text: '杨', pinyin: 'yang' }, { text: '黄', pinyin: 'huang' }, { text: '赵', pinyin: 'zhao' },
  { text: '吴', pinyin: 'wu' }, { text: '周', pinyin: 'zhou' }, { text: '徐', pinyin: 'xu' }, { text: '孙', pinyin: 'sun' },
  { text: '马', pinyin: 'ma' }, { text: '朱', pinyin: 'zhu' }, { text: '胡', pinyin: 'hu' }, { text: '郭', pinyin: 'guo' },
  { text: '何', pinyin: 'he' }, { text: '林', pinyin: 'lin' }, { text: '罗', pinyin: 'luo' }, { text: '高', pinyin: 'gao' },
  { text: '郑', pinyin: 'zheng' }, { text: '梁', pinyin: 'liang' }, { text: '谢', pinyin: 'xie' }, { text: '唐', pinyin: 'tang' },
];

export const CHINESE_GIVEN_NAMES: readonly RomanizedName[] = [
  { text: '芳', pinyin: 'fang' }, { text: '伟', pinyin: 'wei' }, { text: '娜', pinyin: 'na' }, { text: '敏', pinyin: 'min' },
  { text: '静', pinyin: 'jing' }, { text: '磊', pinyin: 'lei' }, { text: '洋', pinyin: 'yang' }, { text: '杰', pinyin: 'jie' },
  { text: '涛', pinyin: 'tao' }, { text: '秀英', pinyin: 'xiuying' }, { text: '晓明', pinyin: 'xiaoming' }, { text: '子涵', pinyin: 'zihan' },
  { text: '雨桐', pinyin: 'yutong' }, { text: '浩然', pinyin: 'haoran' }, { text: '思远', pinyin: 'siyuan' }, { text: '欣怡', pinyin: 'xinyi' },
  { text: '梓轩', pinyin: 'zixuan' }, { text: '佳琪', pinyin: 'jiaqi' }, { text: '俊杰', pinyin: 'junjie' }, { text: '婷婷', pinyin: 'tingting' },
  { text: '嘉怡', pinyin: 'jiayi' }, { text: '宇航', pinyin: 'yuhang' }, { text: '文博', pinyin: 'wenbo' }, { text: '美玲', pinyin: 'meiling' },
  { text: '志强', pinyin: 'zhiqiang' }, { text: '丽华', pinyin: 'lihua' }, { text: '建国', pinyin: 'jianguo' }, { text: '一鸣', pinyin: 'yiming' },
];

export const ENGLISH_FIRST_NAMES: readonly string[] = [
  'Emily', 'James', 'Olivia', 'Michael', 'Sophie', 'Daniel', 'Hannah', 'Thomas', 'Grace', 'Ryan', 'Chloe', 'Jack',
  'Lauren', 'Matthew', 'Emma', 'Benjamin', 'Megan', 'Samuel', 'Amelia', 'Nathan', 'Charlotte', 'Oliver', 'Jessica', 'Liam',
  'Aisha', 'Priya', 'Kwame', 'Noah', 'Zoe', 'Ethan',
];

export const ENGLISH_LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thompson', 'Walker', 'Robinson',
  'Clarke', 'Wright', 'Hughes', 'Murphy', 'Carter', 'Bennett', 'Mitchell', 'Turner', 'Parker', 'Cooper', 'Morgan',
  "O'Brien", 'Patel', 'Nguyen', 'Okafor', 'Campbell', 'Reid',
];

export const SPANISH_FIRST_NAMES: readonly string[] = [
  'María', 'Lucía', 'Sofía', 'Carmen', 'Ana', 'Laura', 'Paula', 'Marta', 'Elena', 'Isabel', 'Valentina', 'Camila',
  'Javier', 'Carlos', 'Alejandro', 'Pablo', 'Diego', 'Miguel', 'Sergio', 'Andrés', 'Raúl', 'Jorge', 'Alberto', 'Mateo',
  'José Luis', 'Ana Belén', 'Íñigo', 'Nuria',
];

export const SPANISH_SURNAMES: readonly string[] = [
  'García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez',
  'Vázquez', 'Ramos', 'Castro', 'Ortega', 'Rubio', 'Molina', 'Muñoz', 'Ibáñez',
];
