import { expect } from 'chai';
import { createCatalogMatcher } from '../../../dialogs/understanding/catalog-matcher.js';

const match = createCatalogMatcher([
  { id: 'shoes-001', names: ['Comfort Suede Sneakers', '舒适麂皮运动鞋', 'Zapatillas de ante cómodas'] },
  { id: 'tops-001', names: ['Linen Shirt', '亚麻衬衫', 'Camisa de lino'] },
  { id: 'tops-002', names: ['Linen Shirt Dress', '亚麻衬衫裙', 'Vestido camisero de lino'] },
]);

describe('catalog matcher', () => {
  it('finds a product named in English, Chinese or Spanish, with its place in the text', () => {
    expect(match('Tell me more about Comfort Suede Sneakers')).to.deep.equal([
      { type: 'product', value: 'shoes-001', text: 'Comfort Suede Sneakers', start: 19, end: 41 },
    ]);
    expect(match('请介绍一下舒适麂皮运动鞋')[0]?.value).to.equal('shoes-001');
    expect(match('¿tenéis las zapatillas de ante comodas en 42?')[0]?.value).to.equal('shoes-001');
  });

  it('ignores case and accents and prefers the longest name', () => {
    expect(match('is the LINEN SHIRT DRESS in stock')[0]?.value).to.equal('tops-002');
    expect(match('亚麻衬衫裙有货吗')[0]?.value).to.equal('tops-002');
    expect(match('a linen shirt please')[0]?.value).to.equal('tops-001');
  });

  it('does not match inside another word, and finds nothing in unrelated text', () => {
    expect(match('xlinen shirt')).to.deep.equal([]);
    expect(match('where is my order 10042')).to.deep.equal([]);
    expect(match('')).to.deep.equal([]);
  });
});
