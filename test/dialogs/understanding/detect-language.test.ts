import { expect } from 'chai';
import { detectLanguage } from '../../../dialogs/understanding/detect-language.js';

const languages = ['en', 'zh-CN', 'es'];
const detect = (text: string, current = 'en') => detectLanguage(text, { languages, current });

describe('detectLanguage (rules)', () => {
  it('decides Chinese by script at once, even in a short or mixed message', () => {
    expect(detect('你好')).to.equal('zh-CN');
    expect(detect('我要退款 order 10042')).to.equal('zh-CN');
  });

  it('tells Spanish from English by punctuation and cue words', () => {
    expect(detect('¿dónde está mi pedido???')).to.equal('es');
    expect(detect('hola, quiero saber el estado de mi pedido')).to.equal('es');
    expect(detect('where is my order', 'es')).to.equal('en');
  });

  it('keeps the conversation language for messages that say nothing about it', () => {
    expect(detect('ok', 'es')).to.equal('es');
    expect(detect('10042', 'zh-CN')).to.equal('zh-CN');
    expect(detect('li.wei@example.cn', 'zh-CN')).to.equal('zh-CN');
    expect(detect('👍', 'es')).to.equal('es');
  });

  it('switches when the shopper asks for a language', () => {
    expect(detect('can you speak English?', 'zh-CN')).to.equal('en');
    expect(detect('说中文', 'en')).to.equal('zh-CN');
    expect(detect('¿hablas español?', 'en')).to.equal('es');
  });

  it('never answers a language the bot does not speak', () => {
    expect(detectLanguage('你好', { languages: ['en', 'es'], current: 'en' })).to.equal('en');
  });
});
