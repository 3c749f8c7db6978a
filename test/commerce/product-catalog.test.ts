import { expect } from 'chai';
import { agree, spanishName } from '../../commerce/demo/catalog/spanish.js';
import { openTestShop } from './demo-shop-fixture.js';

describe('the demo catalog', () => {
  const { shop } = openTestShop();

  it('lists 8 categories, named in three languages, with their product counts', async () => {
    const categories = await shop.products.categories();
    expect(categories.map((category) => category.id)).to.deep.equal(['shoes', 'tops', 'trousers', 'dresses', 'bags', 'accessories', 'electronics', 'home']);
    expect(categories[0]?.name).to.deep.equal({ 'zh-CN': '鞋履', en: 'Shoes', es: 'Calzado' });
    expect(categories.reduce((sum, category) => sum + category.productCount, 0)).to.be.at.least(200);
  });

  it('gives every product a distinct name in each language, a description, a price and stock', async () => {
    const { items, total } = await shop.products.list({ limit: 100 });
    const rest = await shop.products.list({ limit: 100, offset: 100 });
    const last = await shop.products.list({ limit: 100, offset: 200 });
    const products = [...items, ...rest.items, ...last.items];
    expect(products).to.have.length(total);
    for (const locale of ['zh-CN', 'en', 'es'] as const) {
      expect(new Set(products.map((product) => product.name[locale])).size, locale).to.equal(products.length);
    }
    for (const product of products) {
      expect(product.description.en).to.match(/\.$/);
      expect(product.description['zh-CN']).to.match(/。$/);
      expect(product.price.amount).to.be.above(0);
      expect(product.price.amount).to.equal(Number(product.price.amount.toFixed(2)));
      expect(product.price.currency).to.equal('USD');
      expect(product.stock).to.be.at.least(0);
      expect(product.colours.length).to.be.at.least(2);
    }
    expect(products.some((product) => product.stock === 0)).to.equal(true);
  });

  it('reads naturally in each language', async () => {
    const names = (await shop.products.list({ limit: 100 })).items.map((product) => product.name);
    for (const name of names) {
      expect(name.en).to.match(/^[A-Z][\p{L}-]*( [A-Z][\p{L}-]*)+$/u);
      expect(name['zh-CN']).to.not.match(/\s/);
      expect(name.es.charAt(0)).to.equal(name.es.charAt(0).toUpperCase());
    }
  });

  it('pages through one category', async () => {
    const page = await shop.products.list({ category: 'shoes', limit: 5, offset: 5 });
    expect(page.total).to.equal(30);
    expect(page.items.map((product) => product.id)).to.deep.equal(['shoes-006', 'shoes-007', 'shoes-008', 'shoes-009', 'shoes-010']);
    expect((await shop.products.list({ category: 'spaceships' })).total).to.equal(0);
  });

  it('gives sizes to clothes and shoes, and none to electronics', async () => {
    expect((await shop.products.get('shoes-001'))?.sizes).to.include('42');
    expect((await shop.products.get('tops-001'))?.sizes).to.include('M');
    expect((await shop.products.get('electronics-001'))?.sizes).to.deep.equal([]);
    expect(await shop.products.get('nope-001')).to.equal(undefined);
  });

  it('uses the shop currency it was seeded with', async () => {
    const { shop: euroShop } = openTestShop({ currency: 'EUR' });
    expect((await euroShop.products.get('shoes-001'))?.price.currency).to.equal('EUR');
  });

  describe('Spanish agreement', () => {
    it('inflects adjectives to the gender and number of the noun', () => {
      expect(agree({ adjective: 'clásico' }, { text: 'zapatillas', gender: 'f', plural: true })).to.equal('clásicas');
      expect(agree({ adjective: 'clásico' }, { text: 'mocasines', gender: 'm', plural: true })).to.equal('clásicos');
      expect(agree({ adjective: 'portátil' }, { text: 'altavoces', gender: 'm', plural: true })).to.equal('portátiles');
      expect(agree({ adjective: 'elegante' }, { text: 'blusa', gender: 'f', plural: false })).to.equal('elegante');
      expect(agree({ adjective: 'minimalista' }, { text: 'botines', gender: 'm', plural: true })).to.equal('minimalistas');
      expect(agree({ adjective: 'retro', invariable: true }, { text: 'botas', gender: 'f', plural: true })).to.equal('retro');
    });

    it('puts adjectives after the noun and material phrases last', () => {
      const shirt = { text: 'camisa', gender: 'f', plural: false } as const;
      expect(spanishName(shirt, { adjective: 'vaquero' }, { adjective: 'clásico' })).to.equal('Camisa vaquera clásica');
      expect(spanishName(shirt, { phrase: 'de lino' }, { adjective: 'holgado' })).to.equal('Camisa holgada de lino');
    });
  });
});

describe('product search', () => {
  const { shop } = openTestShop();

  it('finds products by their English, Chinese or Spanish name', async () => {
    const english = await shop.products.search('sneakers', 'en', 50);
    expect(english).to.have.length.above(0);
    expect(english.every((product) => product.name.en.includes('Sneakers'))).to.equal(true);
    const chinese = await shop.products.search('运动鞋', 'zh-CN', 50);
    expect(chinese.map((product) => product.id)).to.deep.equal(english.map((product) => product.id));
    const spanish = await shop.products.search('zapatillas', 'es', 50);
    expect(spanish.map((product) => product.id)).to.deep.equal(english.map((product) => product.id));
  });

  it('ignores case and accents', async () => {
    const accented = await shop.products.search('Algodón', 'es', 50);
    expect(accented).to.have.length.above(0);
    expect(await shop.products.search('ALGODON', 'es', 50)).to.deep.equal(accented);
    expect(await shop.products.search('ｓｎｅａｋｅｒｓ', 'en', 50)).to.deep.equal(await shop.products.search('sneakers', 'en', 50));
  });

  it('needs every word to match, in any language', async () => {
    const results = await shop.products.search('leather boots', 'en', 50);
    expect(results).to.have.length.above(0);
    for (const product of results) expect(product.name.en).to.match(/Leather.*Boots/);
    expect(await shop.products.search('cashmere sneakers', 'en')).to.deep.equal([]);
  });

  it('finds a word in Chinese names without spaces', async () => {
    const results = await shop.products.search('T恤', 'zh-CN', 50);
    expect(results).to.have.length.above(0);
    for (const product of results) expect(product.name['zh-CN']).to.include('T恤');
  });

  it('matches Latin words at the start of a word, so "ante" (suede) does not find "elegante"', async () => {
    const suede = await shop.products.search('ante', 'es', 50);
    expect(suede).to.have.length.above(0);
    for (const product of suede) expect(product.name.es).to.include('de ante');
  });

  it('also finds by category and colour', async () => {
    const bags = await shop.products.search('bolsos', 'es', 50);
    expect(bags.length).to.equal(30);
    const navy = await shop.products.search('藏青色', 'zh-CN', 50);
    expect(navy).to.have.length.above(0);
    for (const product of navy) expect(product.colours.map((colour) => colour.code)).to.include('navy');
  });

  it("puts matches in the shopper's own language first", async () => {
    // "cap" is an English baseball cap, and the start of the Spanish "capucha" (a hoodie's hood).
    const english = await shop.products.search('cap', 'en', 50);
    const spanish = await shop.products.search('cap', 'es', 50);
    expect(new Set(spanish.map((product) => product.id))).to.deep.equal(new Set(english.map((product) => product.id)));
    expect(english[0]?.name.en).to.include('Cap');
    expect(english.at(-1)?.name.es).to.include('capucha');
    expect(spanish[0]?.name.es).to.include('capucha');
    expect(spanish.at(-1)?.name.en).to.include('Cap');
  });

  it('caps the number of results and returns nothing for an empty query', async () => {
    expect(await shop.products.search('a', 'en')).to.have.length.at.most(10);
    expect(await shop.products.search('a', 'en', 3)).to.have.length(3);
    expect(await shop.products.search('   ', 'en')).to.deep.equal([]);
    expect(await shop.products.search('zzzz', 'en')).to.deep.equal([]);
  });
});
