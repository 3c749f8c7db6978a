import { expect } from 'chai';
import { richCapabilities, type Capabilities } from '../../connectors/contract/capabilities.js';
import { degrade, splitText } from '../../connectors/contract/degrade.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';

const textOnly: Capabilities = { choices: false, cards: false, carousel: false, typing: false, maxTextLength: 80, maxChoices: 3 };

describe('degrade', () => {
  const rich: OutboundPart[] = [
    { type: 'typing' },
    { type: 'choices', text: 'Pick one', choices: [{ label: 'Track', payload: 'track' }, { label: 'Browse', payload: 'browse' }] },
    { type: 'card', title: 'Linen shirt', body: '$29.90', url: 'https://shop.example/p/1' },
    { type: 'carousel', cards: [{ title: 'A' }, { title: 'B' }] },
  ];

  it('leaves parts alone on a channel that shows them all', () => {
    expect(degrade(rich, richCapabilities)).to.deep.equal(rich);
  });

  it('turns buttons into numbered text, cards into text with the link, and drops typing', () => {
    expect(degrade(rich, textOnly)).to.deep.equal([
      { type: 'text', text: 'Pick one\n1. Track\n2. Browse' },
      { type: 'text', text: 'Linen shirt\n$29.90\nhttps://shop.example/p/1' },
      { type: 'text', text: 'A' },
      { type: 'text', text: 'B' },
    ]);
  });

  it('turns a carousel into single cards where cards are shown but carousels are not', () => {
    const parts = degrade([{ type: 'carousel', cards: [{ title: 'A' }] }], { ...richCapabilities, carousel: false });
    expect(parts).to.deep.equal([{ type: 'card', title: 'A' }]);
  });

  it('falls back to numbered text when there are more buttons than the channel takes', () => {
    const choices = ['a', 'b', 'c', 'd'].map((label) => ({ label, payload: label }));
    const [part] = degrade([{ type: 'choices', text: 'Which?', choices }], { ...richCapabilities, maxChoices: 3 });
    expect(part).to.deep.equal({ type: 'text', text: 'Which?\n1. a\n2. b\n3. c\n4. d' });
  });
});

describe('splitText', () => {
  it('splits long text at a space before the limit', () => {
    const chunks = splitText('one two three four five six seven', 10);
    expect(chunks.every((chunk) => chunk.length <= 10)).to.equal(true);
    expect(chunks.join(' ')).to.equal('one two three four five six seven');
  });

  it('never cuts an emoji or a Chinese character in half', () => {
    const text = '😀'.repeat(15) + '订单'.repeat(10);
    const chunks = splitText(text, 8);
    expect(chunks.join('')).to.equal(text);
    for (const chunk of chunks) expect([...chunk].length).to.be.at.most(8);
    expect(chunks.join('')).not.to.match(/\uFFFD/);
  });
});
