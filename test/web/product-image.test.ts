import { expect } from 'chai';
import { escapeXml, hashString, productImageSvg } from '../../web/product-image.js';

/**
 * A small well-formedness check, enough for the markup productImageSvg writes: every tag is
 * closed in order, attributes are quoted, and text holds no raw `<` or stray `&`.
 */
function assertWellFormedXml(xml: string): void {
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(xml)) !== null) {
    const [whole, closing, name, , selfClosing, text, strayLessThan] = match;
    expect(match.index, `unparsed text before offset ${match.index}`).to.equal(consumed);
    consumed += whole.length;
    expect(strayLessThan, `a raw "<" at offset ${match.index}`).to.equal(undefined);
    if (text !== undefined) {
      expect(text).to.not.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
      continue;
    }
    if (closing) expect(open.pop(), `closing </${name}>`).to.equal(name);
    else if (!selfClosing) open.push(name ?? '');
  }
  expect(consumed, 'the whole document is markup').to.equal(xml.length);
  expect(open, 'unclosed elements').to.deep.equal([]);
}

const mug = { id: 'sku-mug-001', name: 'Stoneware coffee mug', category: 'home' };

describe('productImageSvg', () => {
  it('draws a well-formed standalone SVG document', () => {
    const svg = productImageSvg(mug);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    expect(svg.endsWith('</svg>')).to.equal(true);
    expect(svg).to.match(/viewBox="0 0 400 300"/);
    assertWellFormedXml(svg);
  });

  it('draws the same picture for the same product every time', () => {
    expect(productImageSvg(mug)).to.equal(productImageSvg({ ...mug }));
  });

  it('gives different products different pictures', () => {
    expect(productImageSvg(mug)).to.not.equal(productImageSvg({ ...mug, id: 'sku-mug-002' }));
  });

  it('draws a pictogram matching the kind of product', () => {
    const shirt = productImageSvg({ id: 'a', name: 'Organic cotton T-shirt', category: 'apparel' });
    const headphones = productImageSvg({ id: 'a', name: 'Wireless headphones', category: 'electronics' });
    const unknown = productImageSvg({ id: 'a', name: 'Mystery', category: 'misc' });
    expect(new Set([shirt, headphones, unknown]).size).to.equal(3);
  });

  it('recognises categories in Chinese and Spanish too', () => {
    const english = productImageSvg({ id: 'x', name: 'x', category: 'shoes' });
    const chinese = productImageSvg({ id: 'x', name: 'x', category: '鞋' });
    const generic = productImageSvg({ id: 'x', name: 'x', category: 'zzz' });
    // Same pictogram (shoe) means same shapes once the colours are taken out.
    const shapes = (svg: string) => svg.replace(/hsl\([^)]*\)/g, '').replace(/bg-[0-9a-f]+/g, '');
    expect(shapes(chinese)).to.equal(shapes(english));
    expect(shapes(generic)).to.not.equal(shapes(english));
  });

  it('escapes the product name it puts in the title and label', () => {
    const svg = productImageSvg({ id: '1', name: '<script>alert("x")</script> & \'more\'', category: 'home' });
    expect(svg).to.not.include('<script>');
    expect(svg).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;more&apos;');
    assertWellFormedXml(svg);
  });

  it('never lets the id or category into the markup, only numbers derived from them', () => {
    const hostile = '"/><script>alert(1)</script><x a="';
    const svg = productImageSvg({ id: hostile, name: 'n', category: hostile });
    expect(svg).to.not.include('script');
    assertWellFormedXml(svg);
  });

  it('drops characters XML cannot carry at all, so the image still renders', () => {
    const svg = productImageSvg({ id: '1', name: 'bad\u0000\u0008name\uD800', category: 'home' });
    expect(svg).to.include('<title>badname</title>');
  });

  it('draws well-formed pictures for every kind of product it knows', () => {
    const kinds = ['shirt', 'shoe', 'headphones', 'laptop', 'phone', 'mug', 'book', 'ball', 'face cream', 'backpack', 'watch', 'plant', 'fruit', 'gift'];
    for (const kind of kinds) assertWellFormedXml(productImageSvg({ id: kind, name: kind, category: kind }));
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('keeps Chinese and emoji intact', () => {
    expect(escapeXml('无线耳机 🎧')).to.equal('无线耳机 🎧');
  });
});

describe('hashString', () => {
  it('is a stable unsigned 32-bit number', () => {
    expect(hashString('sku-1')).to.equal(hashString('sku-1'));
    expect(hashString('sku-1')).to.be.within(0, 2 ** 32 - 1);
    expect(hashString('sku-1')).to.not.equal(hashString('sku-2'));
  });
});
