import { expect } from 'chai';
import { featuredProducts } from '../../commerce/featured-products.js';
import { openTestShop } from './demo-shop-fixture.js';

describe('featuredProducts', () => {
  const { db, shop } = openTestShop();
  after(() => db.close());

  it('takes one in-stock product from each category in turn', async () => {
    const categories = await shop.products.categories();
    const featured = await featuredProducts(shop.products, { limit: categories.length * 2 });
    expect(featured).to.have.length(categories.length * 2);
    expect(featured.slice(0, categories.length).map((product) => product.category)).to.deep.equal(categories.map((entry) => entry.id));
    expect(featured.every((product) => product.stock > 0)).to.equal(true);
    expect(new Set(featured.map((product) => product.id)).size).to.equal(featured.length);
  });

  it('keeps to one category when asked, and to the limit', async () => {
    const featured = await featuredProducts(shop.products, { limit: 5, category: 'shoes' });
    expect(featured).to.have.length(5);
    expect(featured.every((product) => product.category === 'shoes' && product.stock > 0)).to.equal(true);
    expect(await featuredProducts(shop.products, { limit: 3, category: 'no-such-category' })).to.deep.equal([]);
  });
});
