import type { ShopLocale } from '../localized.js';
import type { DemoCustomer } from './demo-shop-data.js';
import { foldText } from './fold-text.js';
import {
  CHINESE_GIVEN_NAMES,
  CHINESE_SURNAMES,
  ENGLISH_FIRST_NAMES,
  ENGLISH_LAST_NAMES,
  SPANISH_FIRST_NAMES,
  SPANISH_SURNAMES,
} from './person-names.js';
import { demoCountry } from './places.js';
import type { Random } from './random.js';

/** A customer before their orders exist; the sign-up date and segment follow from the orders. */
export type CustomerDraft = Omit<DemoCustomer, 'segment' | 'signedUpAt'>;

type Origin = 'chinese' | 'english' | 'spanish';

interface Person {
  name: string;
  /** Candidate local parts for the email address, plain ASCII. */
  handles: string[];
}

export function generateCustomers(random: Random, count: number): CustomerDraft[] {
  const takenEmails = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const origin = random.weighted<Origin>([
      ['chinese', 40],
      ['english', 35],
      ['spanish', 25],
    ]);
    const country = demoCountry(countryFor(random, origin));
    const person = origin === 'chinese' ? chinesePerson(random) : origin === 'english' ? englishPerson(random) : spanishPerson(random);
    return {
      id: `cus_${String(index + 1).padStart(4, '0')}`,
      email: uniqueEmail(random, person, country.emailDomain, takenEmails),
      name: person.name,
      locale: localeFor(random, origin, country.code),
      country: country.code,
      city: random.pick(country.cities),
    };
  });
}

function countryFor(random: Random, origin: Origin): string {
  if (origin === 'chinese') return random.weighted([['CN', 85], ['US', 6], ['CA', 5], ['AU', 4]]);
  if (origin === 'english') return random.weighted([['US', 45], ['GB', 30], ['CA', 13], ['AU', 12]]);
  return random.weighted([['ES', 48], ['MX', 22], ['AR', 10], ['CO', 12], ['US', 8]]);
}

/** Most people write in their own language; some abroad prefer English. */
function localeFor(random: Random, origin: Origin, country: string): ShopLocale {
  if (origin === 'english') return 'en';
  if (origin === 'chinese') return random.chance(country === 'CN' ? 0.92 : 0.5) ? 'zh-CN' : 'en';
  return random.chance(country === 'US' ? 0.6 : 0.92) ? 'es' : 'en';
}

function chinesePerson(random: Random): Person {
  const surname = random.pick(CHINESE_SURNAMES);
  const given = random.pick(CHINESE_GIVEN_NAMES);
  return {
    name: `${surname.text}${given.text}`,
    handles: [
      `${given.pinyin}.${surname.pinyin}`,
      `${surname.pinyin}${given.pinyin}`,
      `${surname.pinyin}.${given.pinyin}${random.int(80, 99)}`,
      `${given.pinyin.charAt(0)}${surname.pinyin}`,
    ],
  };
}

function englishPerson(random: Random): Person {
  const first = random.pick(ENGLISH_FIRST_NAMES);
  const last = random.pick(ENGLISH_LAST_NAMES);
  const [given, family] = [ascii(first), ascii(last)];
  return {
    name: `${first} ${last}`,
    handles: [`${given}.${family}`, `${given}${family.charAt(0)}`, `${given.charAt(0)}${family}`, `${given}_${family}${random.int(1, 99)}`],
  };
}

function spanishPerson(random: Random): Person {
  const first = random.pick(SPANISH_FIRST_NAMES);
  const surname = random.pick(SPANISH_SURNAMES);
  const second = random.pick(SPANISH_SURNAMES.filter((candidate) => candidate !== surname));
  const [given, paternal, maternal] = [ascii(first), ascii(surname), ascii(second)];
  return {
    name: `${first} ${surname} ${second}`,
    handles: [`${given}.${paternal}`, `${given}${paternal}${maternal.charAt(0)}`, `${given.charAt(0)}${paternal}`, `${given}.${paternal}.${random.int(70, 99)}`],
  };
}

/** "José Luis" -> "joseluis", "O'Brien" -> "obrien", "Íñigo" -> "inigo". */
function ascii(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

function uniqueEmail(random: Random, person: Person, domain: string, taken: Set<string>): string {
  const handle = random.pick(person.handles);
  let email = `${handle}@${domain}`;
  for (let suffix = 2; taken.has(email); suffix++) email = `${handle}${suffix}@${domain}`;
  taken.add(email);
  return email;
}
