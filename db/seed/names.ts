/**
 * Latvian names, places and equipment shared by the demo company and the large generator. Real
 * streets and postcode areas, invented companies: the data must look right to a Latvian user
 * without naming a real firm as our customer.
 */
import type { Random } from './random';

export type Region = 'riga' | 'pieriga' | 'regions';

export interface City {
  name: string;
  /** "Rīgas", "Cēsu": institutions are named with the town in the genitive. */
  genitive: string;
  region: Region;
  postcodes: readonly string[];
  lat: number;
  lon: number;
  streets: readonly string[];
  /** Landline area prefix, so phone numbers look local. */
  phonePrefix: string;
}

export const CITIES: readonly City[] = [
  {
    name: 'Rīga',
    genitive: 'Rīgas',
    region: 'riga',
    postcodes: ['LV-1001', 'LV-1009', 'LV-1010', 'LV-1011', 'LV-1013', 'LV-1039', 'LV-1048', 'LV-1050', 'LV-1057', 'LV-1063', 'LV-1073', 'LV-1084'],
    lat: 56.9496,
    lon: 24.1052,
    streets: [
      'Brīvības iela', 'Krišjāņa Barona iela', 'Elizabetes iela', 'Tērbatas iela', 'Maskavas iela', 'Lāčplēša iela',
      'Dzirnavu iela', 'Aleksandra Čaka iela', 'Ganību dambis', 'Krasta iela', 'Katlakalna iela', 'Kārļa Ulmaņa gatve',
      'Biķernieku iela', 'Vienības gatve', 'Mūkusalas iela', 'Gustava Zemgala gatve', 'Skanstes iela', 'Ķengaraga iela',
    ],
    phonePrefix: '67',
  },
  {
    name: 'Jelgava',
    genitive: 'Jelgavas',
    region: 'pieriga',
    postcodes: ['LV-3001', 'LV-3002', 'LV-3004', 'LV-3007'],
    lat: 56.6511,
    lon: 23.7214,
    streets: ['Lielā iela', 'Katoļu iela', 'Rūpniecības iela', 'Dobeles šoseja', 'Pasta iela', 'Zemgales prospekts'],
    phonePrefix: '630',
  },
  {
    name: 'Jūrmala',
    genitive: 'Jūrmalas',
    region: 'pieriga',
    postcodes: ['LV-2008', 'LV-2010', 'LV-2015', 'LV-2016'],
    lat: 56.968,
    lon: 23.7704,
    streets: ['Jomas iela', 'Dubultu prospekts', 'Kauguru iela', 'Slokas iela', 'Bulduru prospekts', 'Dzintaru prospekts'],
    phonePrefix: '677',
  },
  {
    name: 'Ogre',
    genitive: 'Ogres',
    region: 'pieriga',
    postcodes: ['LV-5001'],
    lat: 56.8162,
    lon: 24.614,
    streets: ['Brīvības iela', 'Rīgas iela', 'Mālkalnes prospekts', 'Skolas iela', 'Zilokalnu prospekts'],
    phonePrefix: '650',
  },
  {
    name: 'Sigulda',
    genitive: 'Siguldas',
    region: 'pieriga',
    postcodes: ['LV-2150'],
    lat: 57.1537,
    lon: 24.8531,
    streets: ['Pils iela', 'Ausekļa iela', 'Raiņa iela', 'Gaujas iela', 'Vidus iela'],
    phonePrefix: '679',
  },
  {
    name: 'Valmiera',
    genitive: 'Valmieras',
    region: 'regions',
    postcodes: ['LV-4201', 'LV-4202'],
    lat: 57.5385,
    lon: 25.4264,
    streets: ['Rīgas iela', 'Lāčplēša iela', 'Cēsu iela', 'Beātes iela', 'Stacijas iela'],
    phonePrefix: '642',
  },
  {
    name: 'Cēsis',
    genitive: 'Cēsu',
    region: 'regions',
    postcodes: ['LV-4101'],
    lat: 57.3119,
    lon: 25.2706,
    streets: ['Raunas iela', 'Rīgas iela', 'Valmieras iela', 'Lenču iela', 'Bērzaines iela'],
    phonePrefix: '641',
  },
  {
    name: 'Liepāja',
    genitive: 'Liepājas',
    region: 'regions',
    postcodes: ['LV-3401', 'LV-3405', 'LV-3414'],
    lat: 56.5047,
    lon: 21.0108,
    streets: ['Graudu iela', 'Lielā iela', 'Zivju iela', 'Ganību iela', 'Kuršu iela', 'Brīvības iela'],
    phonePrefix: '634',
  },
  {
    name: 'Ventspils',
    genitive: 'Ventspils',
    region: 'regions',
    postcodes: ['LV-3601', 'LV-3602'],
    lat: 57.3894,
    lon: 21.5606,
    streets: ['Kuldīgas iela', 'Ostas iela', 'Talsu iela', 'Inženieru iela', 'Lielais prospekts'],
    phonePrefix: '636',
  },
  {
    name: 'Daugavpils',
    genitive: 'Daugavpils',
    region: 'regions',
    postcodes: ['LV-5401', 'LV-5404', 'LV-5410', 'LV-5417'],
    lat: 55.8747,
    lon: 26.5362,
    streets: ['Rīgas iela', 'Saules iela', 'Cietokšņa iela', '18. novembra iela', 'Vienības iela'],
    phonePrefix: '654',
  },
];

export function cityByName(name: string): City {
  const city = CITIES.find((c) => c.name === name);
  if (!city) throw new Error(`Unknown seed city ${name}`);
  return city;
}

export const MALE_FIRST = [
  'Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis', 'Artūrs', 'Roberts', 'Raivis', 'Aigars', 'Gatis', 'Uldis', 'Ivars',
  'Krišjānis', 'Dāvis', 'Oskars', 'Rihards', 'Valdis', 'Māris', 'Guntis', 'Armands', 'Emīls', 'Ēriks', 'Normunds',
  'Juris', 'Pēteris', 'Arvīds', 'Kristaps', 'Toms', 'Reinis', 'Ingus',
] as const;

export const FEMALE_FIRST = [
  'Ilze', 'Anna', 'Līga', 'Inese', 'Kristīne', 'Dace', 'Sanita', 'Ieva', 'Laura', 'Agnese', 'Zane', 'Elīna', 'Māra',
  'Santa', 'Evija', 'Baiba', 'Solvita', 'Gunta', 'Ināra', 'Rūta', 'Aija', 'Linda', 'Dzintra', 'Madara', 'Annija',
  'Sintija', 'Vija', 'Lāsma',
] as const;

/** Surnames change ending with gender in Latvian, so each is kept as a [male, female] pair. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Ozoliņš', 'Ozoliņa'], ['Jansons', 'Jansone'], ['Ozols', 'Ozola'],
  ['Liepiņš', 'Liepiņa'], ['Krūmiņš', 'Krūmiņa'], ['Balodis', 'Balode'], ['Eglītis', 'Eglīte'], ['Zariņš', 'Zariņa'],
  ['Pētersons', 'Pētersone'], ['Vītols', 'Vītola'], ['Kļaviņš', 'Kļaviņa'], ['Kārkliņš', 'Kārkliņa'], ['Vanags', 'Vanaga'],
  ['Zvirbulis', 'Zvirbule'], ['Lapiņš', 'Lapiņa'], ['Bērzs', 'Bērza'], ['Grīnbergs', 'Grīnberga'], ['Strazdiņš', 'Strazdiņa'],
  ['Siliņš', 'Siliņa'], ['Kalējs', 'Kalēja'], ['Āboliņš', 'Āboliņa'], ['Zālītis', 'Zālīte'], ['Cīrulis', 'Cīrule'],
  ['Dūmiņš', 'Dūmiņa'], ['Skujiņš', 'Skujiņa'], ['Sproģis', 'Sproģe'], ['Priede', 'Priede'], ['Ābele', 'Ābele'],
];

export function personName(rng: Random, female = rng.chance(0.5)): string {
  const first = rng.pick(female ? FEMALE_FIRST : MALE_FIRST);
  const [male, fem] = rng.pick(SURNAMES);
  return `${first} ${female ? fem : male}`;
}

/** ASCII e-mail local part from a Latvian name: "Jānis Bērziņš" -> "janis.berzins". */
export function emailLocal(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

export function mobilePhone(rng: Random): string {
  return `+371 2${rng.digits(7)}`;
}

export function landline(rng: Random, city: City): string {
  return `+371 ${city.phonePrefix}${rng.digits(8 - city.phonePrefix.length)}`;
}

/**
 * An 11-digit Latvian registration number with a valid check digit (weights 9,1,4,8,3,10,2,5,7,6,1,
 * sum mod 11 = 3), so the data passes the same validation real numbers do. `prefix` is 40003 for
 * companies, 90000 for public bodies.
 */
export function registrationNumber(rng: Random, prefix: string): string {
  const weights = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
  for (;;) {
    const body = prefix + rng.digits(10 - prefix.length);
    const sum = [...body].reduce((s, ch, i) => s + Number(ch) * (weights[i] ?? 0), 0);
    const check = (((3 - sum) % 11) + 11) % 11;
    if (check < 10) return body + String(check);
  }
}

export function streetAddress(rng: Random, city: City): string {
  const house = rng.int(1, 140);
  const letter = rng.chance(0.1) ? rng.pick(['A', 'B', 'k-1', 'k-2']) : '';
  return `${rng.pick(city.streets)} ${house}${letter}`;
}

/** A point within a few kilometres of the city centre, rounded like a geocoder would give it. */
export function nearCity(rng: Random, city: City): { lat: number; lon: number } {
  const spread = city.region === 'riga' ? 0.06 : 0.025;
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return { lat: round(city.lat + (rng.next() - 0.5) * spread), lon: round(city.lon + (rng.next() - 0.5) * spread * 1.8) };
}

export const COMPANY_FIRST = [
  'Baltijas', 'Rīgas', 'Kurzemes', 'Vidzemes', 'Latgales', 'Zemgales', 'Daugavas', 'Gaujas', 'Ventas', 'Lielupes',
  'Ziemeļu', 'Dienvidu', 'Austrumu', 'Rietumu', 'Jaunā', 'Saules', 'Meža', 'Jūras', 'Priežu', 'Ozolu', 'Liepu',
  'Dzintara', 'Akmens', 'Ezera', 'Kalna', 'Upes', 'Zaļā', 'Vecpilsētas', 'Pļavu', 'Bērzu',
] as const;

export const COMPANY_SECOND = [
  'Nami', 'Serviss', 'Tehnika', 'Būve', 'Enerģija', 'Nams', 'Projekti', 'Īpašumi', 'Dzīvokļi', 'Loģistika',
  'Maiznīca', 'Tirdzniecība', 'Apsaimniekotājs', 'Klīnika', 'Viesnīca', 'Biroji', 'Noliktavas', 'Rezidence',
  'Kokapstrāde', 'Pārtika', 'Metāls', 'Aptieka', 'Auto', 'Dārzi', 'Centrs',
] as const;

const COMPANY_TAIL = ['', '', '', ' Plus', ' Grupa', ' LV', ' Baltic', ' Pro', ' un Partneri', ' Invest', ' 1', ' 2'] as const;

const LETTERS = 'ABDEGIKLMNPRSTVZ';

/** Word pairs alone repeat too often in 20,000 customers; initials (SIA "RTK Serviss") vary them. */
export function companyName(rng: Random): { name: string; form: 'SIA' | 'AS' } {
  const form = rng.chance(0.9) ? 'SIA' : 'AS';
  if (rng.chance(0.3)) {
    let initials = '';
    for (let i = rng.int(2, 4); i > 0; i--) initials += LETTERS[rng.int(0, LETTERS.length - 1)];
    return { name: `${form} "${initials} ${rng.pick(COMPANY_SECOND)}"`, form };
  }
  return { name: `${form} "${rng.pick(COMPANY_FIRST)} ${rng.pick(COMPANY_SECOND)}${rng.pick(COMPANY_TAIL)}"`, form };
}

/** Folds a company name into a plausible .lv domain for its e-mail addresses. */
export function companyDomain(name: string): string {
  const core = name.replace(/^(SIA|AS)\s+/, '').replace(/"/g, '');
  return `${emailLocal(core).replace(/\./g, '')}.lv`;
}

export const CONTACT_ROLES = [
  'Valdes loceklis', 'Valdes priekšsēdētāja', 'Saimniecības vadītājs', 'Grāmatvede', 'Tehniskais direktors',
  'Ēkas pārvaldnieks', 'Biroja administratore', 'Energopārvaldnieks',
] as const;

const KINDERGARTENS = ['Pasaciņa', 'Zīlīte', 'Saulīte', 'Taurenītis', 'Ābelīte', 'Rūķītis', 'Dzērvīte', 'Auseklītis'] as const;

const INSTITUTIONS = ['sporta skola', 'mūzikas skola', 'sociālās aprūpes centrs', 'centrālā bibliotēka', 'pašvaldības policija'] as const;

/** A municipal body or institution; the many schools and kindergartens keep the names varied. */
export function publicBodyName(rng: Random, city: City): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${city.genitive} ${rng.int(1, 15)}. pamatskola`;
    case 1:
      return `${city.genitive} ${rng.int(1, 12)}. vidusskola`;
    case 2:
      return `${city.genitive} pirmsskolas izglītības iestāde "${rng.pick(KINDERGARTENS)}"`;
    default:
      return `${city.genitive} ${rng.pick(INSTITUTIONS)}`;
  }
}
