import type { Random } from './random.js';

/**
 * Tracking numbers shaped like each carrier's own (length, prefix, check letters), so they look
 * right in a chat; they are random and track nothing. `#` is a digit, `@` a capital letter,
 * `*` either; anything else is literal.
 */
const FORMATS: Readonly<Record<string, string>> = {
  'SF Express': 'SF#############',
  'JD Logistics': 'JDVA###########',
  'China Post EMS': 'E@#########CN',
  UPS: '1Z******##########',
  FedEx: '############',
  USPS: '9400##################',
  'Royal Mail': '@@#########GB',
  DPD: '##############',
  Evri: 'H00@@@##########',
  'Canada Post': '################',
  Purolator: '############',
  'Australia Post': '@@@##########',
  StarTrack: '@@@#########',
  'Correos Express': '################',
  SEUR: '##############',
  MRW: '############',
  Estafeta: '######################',
  'DHL Express': '##########',
  Andreani: '###############',
  'Correo Argentino': 'CP#########AR',
  Servientrega: '##########',
};

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function trackingNumber(random: Random, carrier: string): string {
  const format = FORMATS[carrier];
  if (format === undefined) throw new RangeError(`no tracking number format for ${carrier}`);
  return [...format]
    .map((character) => {
      if (character === '#') return random.pick([...DIGITS]);
      if (character === '@') return random.pick([...LETTERS]);
      if (character === '*') return random.pick([...DIGITS, ...LETTERS]);
      return character;
    })
    .join('');
}
