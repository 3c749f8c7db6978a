import { expect } from 'chai';
import { formatOrderNumber, normalizeOrderNumber, ORDER_NUMBER_PATTERN } from '../../commerce/order-number.js';

describe('order numbers', () => {
  it('finds an order number in English, Chinese and Spanish sentences', () => {
    expect(normalizeOrderNumber('where is #10042')).to.equal('10042');
    expect(normalizeOrderNumber('where is my order 10042?')).to.equal('10042');
    expect(normalizeOrderNumber('订单10042到哪里了')).to.equal('10042');
    expect(normalizeOrderNumber('我的订单号是：#10042')).to.equal('10042');
    expect(normalizeOrderNumber('¿Dónde está mi pedido 10042?')).to.equal('10042');
    expect(normalizeOrderNumber('pedido nº 10042')).to.equal('10042');
  });

  it('accepts a bare number, a "#" and a space after it', () => {
    expect(normalizeOrderNumber('10001')).to.equal('10001');
    expect(normalizeOrderNumber('  #10001 ')).to.equal('10001');
    expect(normalizeOrderNumber('# 10001')).to.equal('10001');
  });

  it('folds full-width characters typed on Chinese keyboards', () => {
    expect(normalizeOrderNumber('订单＃１００４２')).to.equal('10042');
  });

  it('ignores longer digit runs such as phone or tracking numbers', () => {
    expect(normalizeOrderNumber('call me on 600123456')).to.equal(undefined);
    expect(normalizeOrderNumber('tracking SF1234567890123')).to.equal(undefined);
    expect(normalizeOrderNumber('1Z12345')).to.equal(undefined);
    expect(normalizeOrderNumber('it was 100421')).to.equal(undefined);
  });

  it('ignores numbers that are not order numbers', () => {
    expect(normalizeOrderNumber('I paid 120 dollars')).to.equal(undefined);
    expect(normalizeOrderNumber('order 01234')).to.equal(undefined);
    expect(normalizeOrderNumber('')).to.equal(undefined);
  });

  it('takes the first of several', () => {
    expect(normalizeOrderNumber('#10042 and #10043')).to.equal('10042');
  });

  it('is safe to reuse: the shared pattern keeps no state between calls', () => {
    expect(ORDER_NUMBER_PATTERN.global).to.equal(false);
    expect(ORDER_NUMBER_PATTERN.test('#10042')).to.equal(true);
    expect(ORDER_NUMBER_PATTERN.test('#10042')).to.equal(true);
  });

  it('shows an order number with a "#"', () => {
    expect(formatOrderNumber('10042')).to.equal('#10042');
  });
});
