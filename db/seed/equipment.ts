/**
 * The kinds of equipment a heating, ventilation and lift service company looks after, with the
 * makes and models seen on Latvian sites and the jobs that come up for each.
 */
import type { Random } from './random';

export type GroupCode = 'KATLI' | 'SILTUMSUKNI' | 'LIFTI' | 'VENTILACIJA' | 'KONDICIONIERI' | 'UGUNSDZESIBA';

export interface ModelSpec {
  manufacturer: string;
  model: string;
  /** '#' = digit, '@' = letter or digit; the rest is copied. */
  serialPattern: string;
}

export interface ComponentSpec {
  description: string;
  model: string;
  serialPattern: string;
}

export interface GroupSpec {
  code: GroupCode;
  description: string;
  /** What one unit of the group is called on an order or object card. */
  unit: string;
  models: readonly ModelSpec[];
  routine: readonly string[];
  faults: readonly string[];
  /** Typical planned hours for a visit, in hundredths. */
  hours: readonly number[];
  warrantyYears: number;
  components: readonly ComponentSpec[];
}

export const GROUPS: readonly GroupSpec[] = [
  {
    code: 'KATLI',
    description: 'Gāzes katli',
    unit: 'Gāzes kondensācijas katls',
    models: [
      { manufacturer: 'Viessmann', model: 'Vitodens 100-W B1HF', serialPattern: '7###############' },
      { manufacturer: 'Viessmann', model: 'Vitodens 200-W B2HF', serialPattern: '7###############' },
      { manufacturer: 'Vaillant', model: 'ecoTEC plus VU 256/5-5', serialPattern: '21##########0020######N#' },
      { manufacturer: 'Buderus', model: 'Logamax plus GB172-24i', serialPattern: '#####-###-######-###' },
      { manufacturer: 'Bosch', model: 'Condens 7000i W', serialPattern: '#####-###-######-###' },
    ],
    routine: ['Ikgadējā gāzes katla apkope', 'Degļa tīrīšana un dūmgāzu analīze', 'Siltummaiņa skalošana'],
    faults: ['Katls nedarbojas, kļūda F28', 'Spiediena zudums apkures sistēmā', 'Nav karstā ūdens'],
    hours: [100, 150, 200],
    warrantyYears: 5,
    components: [],
  },
  {
    code: 'SILTUMSUKNI',
    description: 'Siltumsūkņi',
    unit: 'Gaiss-ūdens siltumsūknis',
    models: [
      { manufacturer: 'Nibe', model: 'F2120-12', serialPattern: '0665########' },
      { manufacturer: 'Nibe', model: 'S1255-12', serialPattern: '0665########' },
      { manufacturer: 'Daikin', model: 'Altherma 3 H HT EPRA14', serialPattern: 'E####@#####' },
      { manufacturer: 'Mitsubishi Electric', model: 'Ecodan PUZ-WM85VAA', serialPattern: '##U#####' },
      { manufacturer: 'Vaillant', model: 'aroTHERM plus VWL 105/6', serialPattern: '21##########0010######N#' },
    ],
    routine: ['Siltumsūkņa sezonālā apkope', 'Freona noplūdes pārbaude', 'Karstā ūdens tvertnes anoda maiņa'],
    faults: ['Siltumsūknis rāda augstspiediena kļūdu', 'Āra bloks apledo un neatkūst', 'Telpās par aukstu'],
    hours: [150, 200, 300],
    warrantyYears: 5,
    components: [],
  },
  {
    code: 'LIFTI',
    description: 'Lifti',
    unit: 'Pasažieru lifts',
    models: [
      { manufacturer: 'Kone', model: 'MonoSpace 500', serialPattern: '4#######' },
      { manufacturer: 'Otis', model: 'Gen2 Life', serialPattern: 'L@######' },
      { manufacturer: 'Schindler', model: '3300', serialPattern: '1#######' },
      { manufacturer: 'Schindler', model: '5500', serialPattern: '1#######' },
    ],
    routine: ['Lifta ikmēneša tehniskā apkope', 'Troses nodiluma pārbaude', 'Ikgadējā tehniskā pārbaude ar inspektoru'],
    faults: ['Lifts apstājas starp stāviem', 'Durvis neaizveras, jāmaina fotošūna', 'Avārijas zvana poga nedarbojas'],
    hours: [100, 150, 200, 300],
    warrantyYears: 2,
    components: [
      { description: 'Lifta piedziņas bloks', model: 'Bezreduktora piedziņa', serialPattern: 'D@######' },
    ],
  },
  {
    code: 'VENTILACIJA',
    description: 'Ventilācijas iekārtas',
    unit: 'Ventilācijas iekārta ar rekuperāciju',
    models: [
      { manufacturer: 'Systemair', model: 'SAVE VTR 300/B', serialPattern: '########' },
      { manufacturer: 'Systemair', model: 'Topvex FR06', serialPattern: '########' },
      { manufacturer: 'Komfovent', model: 'Domekt R 450 V', serialPattern: 'K##########' },
      { manufacturer: 'Komfovent', model: 'Verso R 2000', serialPattern: 'K##########' },
      { manufacturer: 'Salda', model: 'RIS 1200 PE', serialPattern: 'S########' },
      { manufacturer: 'Swegon', model: 'GOLD RX 025', serialPattern: '########-###' },
    ],
    routine: ['Filtru maiņa', 'Ventilācijas iekārtas sezonālā apkope', 'Gaisa daudzumu mērījumi'],
    faults: ['Pieplūdes ventilators trokšņo', 'Rotējošā siltummaiņa siksna pārtrūkusi', 'Pieplūdes gaiss nav silts'],
    hours: [75, 100, 150, 200],
    warrantyYears: 2,
    components: [],
  },
  {
    code: 'KONDICIONIERI',
    description: 'Kondicionieri',
    unit: 'Split kondicionieris',
    models: [
      { manufacturer: 'Daikin', model: 'Perfera FTXM35R', serialPattern: 'E######' },
      { manufacturer: 'Daikin', model: 'Sky Air FCAG71B', serialPattern: 'E######' },
      { manufacturer: 'Mitsubishi Electric', model: 'MSZ-LN35VG', serialPattern: '##U#####' },
      { manufacturer: 'Toshiba', model: 'Shorai Edge RAS-B13', serialPattern: '########' },
      { manufacturer: 'Panasonic', model: 'Etherea CS-Z35ZKEW', serialPattern: '#######@' },
    ],
    routine: ['Kondicioniera tīrīšana un dezinfekcija', 'Sezonālā apkope pirms vasaras', 'Freona uzpilde'],
    faults: ['Iekšējā bloka ūdens noplūde', 'Kondicionieris nedzesē', 'Tālvadības pults nereaģē'],
    hours: [50, 75, 100, 150],
    warrantyYears: 3,
    components: [],
  },
  {
    code: 'UGUNSDZESIBA',
    description: 'Ugunsdzēsības sistēmas',
    unit: 'Ugunsgrēka atklāšanas un trauksmes sistēma',
    models: [
      { manufacturer: 'Bosch', model: 'FPA-5000', serialPattern: '###########' },
      { manufacturer: 'Siemens', model: 'Cerberus PRO FC724', serialPattern: 'S@@########' },
      { manufacturer: 'Esser', model: 'IQ8Control C', serialPattern: '########' },
      { manufacturer: 'Grundfos', model: 'Hydro MX 1/1', serialPattern: '9########' },
    ],
    routine: ['Ugunsgrēka atklāšanas sistēmas ceturkšņa pārbaude', 'Dūmu detektoru testēšana', 'Ugunsdzēsības sūkņa palaišanas tests'],
    faults: ['Centrāle rāda bojājumu cilpā', 'Viltus trauksme 3. stāvā', 'Sprinkleru sistēmā krīt spiediens'],
    hours: [100, 200, 300],
    warrantyYears: 2,
    components: [],
  },
];

export function groupSpec(code: GroupCode): GroupSpec {
  const spec = GROUPS.find((g) => g.code === code);
  if (!spec) throw new Error(`Unknown equipment group ${code}`);
  return spec;
}

export function serialNumber(rng: Random, pattern: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += rng.digits(1);
    else if (ch === '@') out += rng.alnum(1);
    else out += ch;
  }
  return out;
}

/** Which equipment a kind of site typically has; the first entry is the most common. */
export type Sector = 'housing' | 'office' | 'industry' | 'hotel' | 'medical' | 'retail' | 'public' | 'private';

export const SECTOR_GROUPS: Record<Sector, readonly GroupCode[]> = {
  housing: ['KATLI', 'LIFTI', 'VENTILACIJA'],
  office: ['VENTILACIJA', 'KONDICIONIERI', 'LIFTI', 'UGUNSDZESIBA'],
  industry: ['VENTILACIJA', 'KATLI', 'UGUNSDZESIBA'],
  hotel: ['LIFTI', 'KONDICIONIERI', 'VENTILACIJA', 'KATLI'],
  medical: ['VENTILACIJA', 'KONDICIONIERI', 'LIFTI', 'UGUNSDZESIBA'],
  retail: ['KONDICIONIERI', 'VENTILACIJA', 'UGUNSDZESIBA'],
  public: ['KATLI', 'VENTILACIJA', 'SILTUMSUKNI', 'UGUNSDZESIBA'],
  private: ['KATLI', 'SILTUMSUKNI', 'KONDICIONIERI'],
};

export const SECTOR_SITE_NAMES: Record<Sector, readonly string[]> = {
  housing: ['Daudzdzīvokļu māja'],
  office: ['Biroju ēka', 'Galvenais birojs'],
  industry: ['Ražotne', 'Noliktava'],
  hotel: ['Viesnīca', 'Viesu nams'],
  medical: ['Klīnika', 'Filiāle'],
  retail: ['Veikals', 'Tirdzniecības zāle'],
  public: ['Pamatskola', 'Pirmsskolas izglītības iestāde', 'Administratīvā ēka', 'Sporta nams'],
  private: ['Privātmāja'],
};

export const AGREEMENT_TITLES: Record<GroupCode, string> = {
  KATLI: 'Apkures katlu apkopes līgums',
  SILTUMSUKNI: 'Siltumsūkņu servisa līgums',
  LIFTI: 'Liftu tehniskās apkopes līgums',
  VENTILACIJA: 'Ventilācijas sistēmu apkopes līgums',
  KONDICIONIERI: 'Kondicionēšanas iekārtu servisa līgums',
  UGUNSDZESIBA: 'Ugunsdrošības sistēmu uzturēšanas līgums',
};
