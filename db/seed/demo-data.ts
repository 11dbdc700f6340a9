/**
 * The demo company's customers and staff, written out by hand so the first screens a user sees
 * read like a real Latvian service company's books. The companies are invented.
 */
import type { Sector } from './equipment';
import type { Region } from './names';

export interface DemoCustomer {
  name: string;
  kind: 'company' | 'municipality' | 'person';
  sector: Sector;
  city: string;
  language?: 'en';
  priceGroup?: string;
  notes?: string;
}

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  { name: 'SIA "Baltijas Namu Pārvalde"', kind: 'company', sector: 'housing', city: 'Rīga', priceGroup: 'LIGUMA' },
  { name: 'AS "Daugavas Īpašumi"', kind: 'company', sector: 'office', city: 'Rīga', priceGroup: 'LIGUMA' },
  { name: 'SIA "Ziemeļu Biroju Centrs"', kind: 'company', sector: 'office', city: 'Rīga' },
  { name: 'SIA "Mežaparka Nami"', kind: 'company', sector: 'housing', city: 'Rīga', priceGroup: 'LIGUMA' },
  { name: 'SIA "Pārdaugavas Apsaimniekotājs"', kind: 'company', sector: 'housing', city: 'Rīga', priceGroup: 'LIGUMA' },
  { name: 'SIA "Vecrīgas Viesnīca Hanza"', kind: 'company', sector: 'hotel', city: 'Rīga', notes: 'Darbi viesnīcas numuros tikai no 11:00 līdz 15:00.' },
  { name: 'SIA "Tērbatas Biznesa Centrs"', kind: 'company', sector: 'office', city: 'Rīga' },
  { name: 'SIA "Klīnika Veselība Plus"', kind: 'company', sector: 'medical', city: 'Rīga', notes: 'Operāciju zāles ventilācijai — prioritāte.' },
  { name: 'SIA "Ķengaraga Tirdzniecības Centrs"', kind: 'company', sector: 'retail', city: 'Rīga' },
  { name: 'AS "Latvijas Loģistikas Parks"', kind: 'company', sector: 'industry', city: 'Rīga', priceGroup: 'LIGUMA' },
  { name: 'SIA "Imantas Dzīvokļu Serviss"', kind: 'company', sector: 'housing', city: 'Rīga' },
  { name: 'SIA "Purvciema Sporta Halle"', kind: 'company', sector: 'public', city: 'Rīga' },
  { name: 'SIA "Skanstes Rezidence"', kind: 'company', sector: 'housing', city: 'Rīga' },
  { name: 'SIA "Nordic Office Hub Riga"', kind: 'company', sector: 'office', city: 'Rīga', language: 'en', notes: 'Correspondence in English.' },
  { name: 'SIA "Zemgales Maizes Ceptuve"', kind: 'company', sector: 'industry', city: 'Jelgava' },
  { name: 'SIA "Jelgavas Namsaimnieks"', kind: 'company', sector: 'housing', city: 'Jelgava', priceGroup: 'LIGUMA' },
  { name: 'SIA "Lielupes Biroji"', kind: 'company', sector: 'office', city: 'Jelgava' },
  { name: 'SIA "Jūrmalas Kūrorta Viesnīca"', kind: 'company', sector: 'hotel', city: 'Jūrmala', priceGroup: 'LIGUMA' },
  { name: 'SIA "Dzintaru Rezidences"', kind: 'company', sector: 'housing', city: 'Jūrmala' },
  { name: 'SIA "Majoru Restorāni"', kind: 'company', sector: 'retail', city: 'Jūrmala' },
  { name: 'SIA "Ogres Kokapstrāde"', kind: 'company', sector: 'industry', city: 'Ogre' },
  { name: 'SIA "Ogres Nami"', kind: 'company', sector: 'housing', city: 'Ogre' },
  { name: 'AS "Vidzemes Piensaimnieks"', kind: 'company', sector: 'industry', city: 'Valmiera', priceGroup: 'LIGUMA' },
  { name: 'SIA "Valmieras Tirdzniecības Nams"', kind: 'company', sector: 'retail', city: 'Valmiera' },
  { name: 'SIA "Gaujas Krasta Biroji"', kind: 'company', sector: 'office', city: 'Valmiera' },
  { name: 'SIA "Liepājas Ostas Noliktavas"', kind: 'company', sector: 'industry', city: 'Liepāja' },
  { name: 'SIA "Kurzemes Veselības Centrs"', kind: 'company', sector: 'medical', city: 'Liepāja' },
  { name: 'SIA "Dzintarjūras Viesnīca"', kind: 'company', sector: 'hotel', city: 'Liepāja' },
  { name: 'SIA "Latgales Tekstils"', kind: 'company', sector: 'industry', city: 'Daugavpils' },
  { name: 'SIA "Daugavpils Dzīvokļu Apsaimniekotājs"', kind: 'company', sector: 'housing', city: 'Daugavpils', priceGroup: 'LIGUMA' },
  { name: 'SIA "Cietokšņa Biznesa Parks"', kind: 'company', sector: 'office', city: 'Daugavpils' },
  { name: 'SIA "Siguldas Kalnu Viesu Nams"', kind: 'company', sector: 'hotel', city: 'Sigulda' },
  { name: 'SIA "Turaidas Īpašumi"', kind: 'company', sector: 'housing', city: 'Sigulda' },
  { name: 'SIA "Raunas Vārti Tirdzniecība"', kind: 'company', sector: 'retail', city: 'Cēsis' },
  { name: 'SIA "Cēsu Zobārstniecības Klīnika"', kind: 'company', sector: 'medical', city: 'Cēsis' },
  { name: 'SIA "Ventas Krasta Noliktavas"', kind: 'company', sector: 'industry', city: 'Ventspils' },
  { name: 'SIA "Ventspils Jūras Biroji"', kind: 'company', sector: 'office', city: 'Ventspils' },
  { name: 'Ogres novada pašvaldība', kind: 'municipality', sector: 'public', city: 'Ogre', priceGroup: 'PASVALDIBA' },
  { name: 'Siguldas novada pašvaldība', kind: 'municipality', sector: 'public', city: 'Sigulda', priceGroup: 'PASVALDIBA' },
  { name: 'Jelgavas valstspilsētas pašvaldība', kind: 'municipality', sector: 'public', city: 'Jelgava', priceGroup: 'PASVALDIBA' },
  { name: 'Jānis Ozols', kind: 'person', sector: 'private', city: 'Jūrmala' },
  { name: 'Dace Liepiņa', kind: 'person', sector: 'private', city: 'Rīga' },
  { name: 'Andris Krūmiņš', kind: 'person', sector: 'private', city: 'Sigulda', notes: 'Zvanīt pirms ierašanās, suns pagalmā.' },
  { name: 'Līga Vītola', kind: 'person', sector: 'private', city: 'Cēsis' },
];

export interface DemoTeam {
  code: string;
  name: string;
  region: Region;
  technicians: readonly string[];
}

/** The first technician of each team leads it and owns its board lane. */
export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    code: 'RIGA-C',
    name: 'Rīga Centrs',
    region: 'riga',
    technicians: ['Jānis Bērziņš', 'Ilze Kalniņa', 'Mārtiņš Ozoliņš', 'Edgars Jansons', 'Kārlis Eglītis', 'Raivis Zariņš'],
  },
  {
    code: 'RIGA-P',
    name: 'Rīga Pierīga',
    region: 'pieriga',
    technicians: ['Andris Liepiņš', 'Gatis Krūmiņš', 'Sanita Balode', 'Uldis Vītols', 'Dāvis Kļaviņš'],
  },
  {
    code: 'REGIONI',
    name: 'Kurzeme/Vidzeme reģioni',
    region: 'regions',
    technicians: ['Aigars Kārkliņš', 'Ivars Vanags', 'Oskars Zvirbulis', 'Rihards Lapiņš', 'Ēriks Grīnbergs'],
  },
];

export const DEMO_OFFICE = [
  { name: 'Inese Pētersone', role: 'dispatcher' },
  { name: 'Kristīne Strazdiņa', role: 'service manager' },
] as const;
