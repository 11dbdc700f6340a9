/**
 * Demo rows for the objects group: the service tasks a heating, ventilation and lift firm offers and
 * the skills each needs. Objects and their groups come with the demo company itself.
 */
import type { Database } from 'better-sqlite3';
import { foldForSearch } from '../search-text';

interface SkillSeed {
  code: string;
  description: string;
}

interface TaskSeed {
  code: string;
  description: string;
  /** Hundredths of an hour. */
  defaultHours: number;
  internalText: string;
  customerText: string;
  skills: readonly { code: string; minLevel: number | null }[];
}

const SKILLS: readonly SkillSeed[] = [
  { code: 'GAS', description: 'Gāzes iekārtu apkope un regulēšana' },
  { code: 'HP', description: 'Siltumsūkņi un aukstumaģenti' },
  { code: 'LIFT', description: 'Liftu tehniskā apkope un remonts' },
  { code: 'HVAC', description: 'Ventilācija un gaisa kondicionēšana' },
  { code: 'FIRE', description: 'Ugunsdzēsības un signalizācijas sistēmas' },
];

const TASKS: readonly TaskSeed[] = [
  {
    code: 'KATLS-GADA',
    description: 'Katla ikgadējā apkope',
    defaultHours: 150,
    internalText: 'Iztīrīt degli un siltummaini, veikt dūmgāzu analīzi, pārbaudīt drošības vārstu un izplešanās tvertnes spiedienu. Rezultātus ierakstīt apkopes žurnālā.',
    customerText: 'Gāzes katla ikgadējā apkope atbilstoši ražotāja prasībām, ar dūmgāzu analīzes protokolu.',
    skills: [{ code: 'GAS', minLevel: 3 }],
  },
  {
    code: 'SSUKNIS-SEZONA',
    description: 'Siltumsūkņa sezonas apkope',
    defaultHours: 200,
    internalText: 'Pārbaudīt aukstumaģenta spiedienu un noplūdes, iztīrīt āra bloka siltummaini un kondensāta novadi, nolasīt kļūdu vēsturi.',
    customerText: 'Siltumsūkņa sezonas apkope pirms apkures sezonas sākuma.',
    skills: [
      { code: 'HP', minLevel: 3 },
      { code: 'HVAC', minLevel: null },
    ],
  },
  {
    code: 'LIFTS-MENESIS',
    description: 'Lifta ikmēneša tehniskā apkope',
    defaultHours: 100,
    internalText: 'Pārbaudīt durvju slēdžus, bremzes, troses un avārijas sakarus; ierakstīt lifta žurnālā.',
    customerText: 'Lifta ikmēneša tehniskā apkope un drošības pārbaude.',
    skills: [{ code: 'LIFT', minLevel: 3 }],
  },
  {
    code: 'VENT-FILTRI',
    description: 'Ventilācijas filtru maiņa',
    defaultHours: 75,
    internalText: 'Nomainīt pieplūdes un nosūces filtrus, pārbaudīt siksnas un ventilatoru darbību. Filtru izmērus skatīt iekārtas kartītē.',
    customerText: 'Ventilācijas iekārtas filtru maiņa; filtri tiek aprēķināti atsevišķi.',
    skills: [{ code: 'HVAC', minLevel: 2 }],
  },
  {
    code: 'KOND-TIRISANA',
    description: 'Kondicioniera tīrīšana',
    defaultHours: 100,
    internalText: 'Iztīrīt iekšējā bloka filtrus un siltummaini ar dezinfekcijas līdzekli, izskalot kondensāta tvertni, pārbaudīt āra bloku.',
    customerText: 'Kondicioniera tīrīšana un dezinfekcija.',
    skills: [
      { code: 'HVAC', minLevel: 2 },
      { code: 'HP', minLevel: null },
    ],
  },
  {
    code: 'UGUNS-PARBAUDE',
    description: 'Ugunsdzēsības sistēmas pārbaude',
    defaultHours: 200,
    internalText: 'Pārbaudīt sūkņus, spiedienu, aizbīdņus un signalizācijas paneli; sagatavot pārbaudes aktu klienta parakstam.',
    customerText: 'Ugunsdzēsības sistēmas periodiskā pārbaude ar pārbaudes aktu.',
    skills: [{ code: 'FIRE', minLevel: 3 }],
  },
  {
    code: 'AVARIJA',
    description: 'Avārijas izsaukums',
    defaultHours: 200,
    internalText: 'Pirms izbraukšanas piezvanīt klientam un noskaidrot kļūdas kodu; paņemt biežāk vajadzīgās rezerves daļas.',
    customerText: 'Avārijas izsaukums; darbu un materiālus aprēķina pēc faktiskā patēriņa.',
    skills: [],
  },
  {
    code: 'DIAGNOSTIKA',
    description: 'Diagnostika',
    defaultHours: 100,
    internalText: 'Noteikt bojājuma cēloni un sagatavot remonta tāmi; bez klienta piekrišanas remontu nesākt.',
    customerText: 'Iekārtas diagnostika un remonta tāmes sagatavošana.',
    skills: [],
  },
];

const AUDIT = 'version, created_at, updated_at, updated_by';

export function seedObjects(db: Database, now: Date, actor: string): Record<string, number> {
  const at = now.toISOString();
  const audit = [0, at, at, actor] as const;

  // The people group may already have made skills; only the missing codes are added.
  const skillId = db.prepare('SELECT id FROM skills WHERE code = ?').pluck();
  const insertSkill = db.prepare(`INSERT INTO skills (code, description, search_text, ${AUDIT}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  let skills = 0;
  for (const s of SKILLS) {
    if (skillId.get(s.code) !== undefined) continue;
    insertSkill.run(s.code, s.description, foldForSearch(s.code, s.description), ...audit);
    skills++;
  }

  // The demo company writes its groups without search text (the column is newer than its writer).
  const groups = db.prepare("SELECT id, code, description FROM service_object_groups WHERE search_text = ''").all() as {
    id: number;
    code: string;
    description: string;
  }[];
  const setGroupSearch = db.prepare('UPDATE service_object_groups SET search_text = ? WHERE id = ?');
  for (const g of groups) setGroupSearch.run(foldForSearch(g.code, g.description), g.id);

  const insertTask = db.prepare(
    `INSERT INTO service_tasks (code, description, default_hours, internal_text, customer_text, search_text, ${AUDIT})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTaskSkill = db.prepare(`INSERT INTO task_skills (task_id, skill_id, min_level, ${AUDIT}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  let taskSkills = 0;
  for (const t of TASKS) {
    const taskId = Number(
      insertTask.run(t.code, t.description, t.defaultHours, t.internalText, t.customerText, foldForSearch(t.code, t.description), ...audit)
        .lastInsertRowid,
    );
    for (const need of t.skills) {
      insertTaskSkill.run(taskId, skillId.get(need.code) as number, need.minLevel, ...audit);
      taskSkills++;
    }
  }
  return { skills, service_tasks: TASKS.length, task_skills: taskSkills };
}
