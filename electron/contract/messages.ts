/**
 * Error messages and field labels in both languages. They live in the contract (pure TypeScript)
 * because the main process writes the English `message` for scripts while the renderer shows the
 * same text in the user's language.
 */

export type Language = 'lv' | 'en';
export const LANGUAGES: readonly Language[] = ['lv', 'en'];

type Catalogue = Record<string, string>;

export const errorMessages: Record<Language, Catalogue> = {
  en: {
    required: '{{field}}: this field is required.',
    invalid_type: '{{field}}: the value has the wrong type.',
    too_long: '{{field}}: at most {{max}} characters.',
    too_short: '{{field}}: at least {{min}} characters.',
    too_small: '{{field}}: must be at least {{min}}.',
    too_big: '{{field}}: must be at most {{max}}.',
    invalid_format: '{{field}}: the format is not valid.',
    invalid_value: '{{field}}: this value is not allowed.',
    not_integer: '{{field}}: must be a whole number.',
    unknown_field: '{{field}}: this field is not known.',
    invalid_input: 'The input is not valid: {{detail}}',
    duplicate: '{{field}}: "{{value}}" is already used by another record.',
    conflict:
      'This record was changed by {{by}} at {{at}} after you opened it. Reload it and make your change again.',
    not_found: 'The record was not found (it may have been deleted).',
    referenced: 'This record cannot be deleted: {{what}} refer to it. Mark it inactive instead.',
    unknown_call: 'There is no API call named "{{name}}".',
    unauthorized: 'The request has no valid access token.',
    internal: 'Something went wrong in the application. Details were written to the log.',
    backup_folder_missing: '{{field}}: the folder does not exist.',
    restore_not_sqlite: '{{field}}: the file is not a database of this application.',
    restore_check_failed: '{{field}}: the file failed the integrity check ({{detail}}).',
    restore_too_new:
      '{{field}}: the file was made by a newer version of the application (schema {{found}}, this version knows {{known}}).',
    network_path:
      '{{field}}: the database must be on a local disk, not on a network share ({{path}}).',
    demo_needs_empty: 'Demo data can only be loaded into an empty database.',
    language_unknown: '{{field}}: unknown language.',
  },
  lv: {
    required: '{{field}}: šis lauks ir obligāts.',
    invalid_type: '{{field}}: vērtībai ir nepareizs tips.',
    too_long: '{{field}}: ne vairāk kā {{max}} rakstzīmes.',
    too_short: '{{field}}: vismaz {{min}} rakstzīmes.',
    too_small: '{{field}}: jābūt vismaz {{min}}.',
    too_big: '{{field}}: jābūt ne vairāk kā {{max}}.',
    invalid_format: '{{field}}: formāts nav derīgs.',
    invalid_value: '{{field}}: šī vērtība nav atļauta.',
    not_integer: '{{field}}: jābūt veselam skaitlim.',
    unknown_field: '{{field}}: šāds lauks nav zināms.',
    invalid_input: 'Ievade nav derīga: {{detail}}',
    duplicate: '{{field}}: „{{value}}” jau izmanto cits ieraksts.',
    conflict:
      'Šo ierakstu mainīja {{by}} {{at}}, kad jūs to jau bijāt atvēris. Ielādējiet to no jauna un veiciet izmaiņas vēlreiz.',
    not_found: 'Ieraksts nav atrasts (iespējams, tas ir dzēsts).',
    referenced:
      'Šo ierakstu nevar dzēst: uz to atsaucas {{what}}. Tā vietā atzīmējiet to kā neaktīvu.',
    unknown_call: 'API izsaukums „{{name}}” neeksistē.',
    unauthorized: 'Pieprasījumam nav derīga piekļuves marķiera.',
    internal: 'Lietotnē radās kļūda. Sīkāka informācija ir ierakstīta žurnālā.',
    backup_folder_missing: '{{field}}: mape neeksistē.',
    restore_not_sqlite: '{{field}}: fails nav šīs lietotnes datubāze.',
    restore_check_failed: '{{field}}: fails neizturēja integritātes pārbaudi ({{detail}}).',
    restore_too_new:
      '{{field}}: failu izveidoja jaunāka lietotnes versija (shēma {{found}}, šī versija zina {{known}}).',
    network_path:
      '{{field}}: datubāzei jāatrodas lokālajā diskā, nevis tīkla koplietojumā ({{path}}).',
    demo_needs_empty: 'Demonstrācijas datus var ielādēt tikai tukšā datubāzē.',
    language_unknown: '{{field}}: nezināma valoda.',
  },
};

/** What may refer to a record, for "cannot be deleted" messages; keyed by table. */
export const referenceLabels: Record<Language, Catalogue> = {
  en: {
    customer_sites: 'service sites',
    contacts: 'contact persons',
    service_objects: 'service objects',
    agreements: 'service agreements',
    service_orders: 'service orders',
    workers: 'workers',
    dispatch_teams: 'dispatch teams',
  },
  lv: {
    customer_sites: 'servisa vietas',
    contacts: 'kontaktpersonas',
    service_objects: 'servisa objekti',
    agreements: 'servisa līgumi',
    service_orders: 'servisa pasūtījumi',
    workers: 'darbinieki',
    dispatch_teams: 'dispečeru komandas',
  },
};

/** "customer_sites=3;contacts=1" -> "3 service sites, 1 contact persons" in the given language. */
function describeReferences(lang: Language, refs: string): string {
  return refs
    .split(';')
    .filter(Boolean)
    .map((part) => {
      const [table = '', count = ''] = part.split('=');
      return `${count} ${referenceLabels[lang][table] ?? table}`;
    })
    .join(', ');
}

/** Field labels by scope ("customer.name"); `common.*` is the fallback for any scope. */
export const fieldLabels: Record<Language, Catalogue> = {
  en: {
    'common.id': 'ID',
    'common.version': 'Version',
    'common.code': 'Code',
    'common.name': 'Name',
    'common.notes': 'Notes',
    'common.active': 'Active',
    'common.search': 'Search',
    'common.page': 'Page',
    'common.pageSize': 'Rows per page',
    'common.sort': 'Sort',
    'common.direction': 'Direction',
    'backup.folder': 'Backup folder',
    'restore.file': 'Backup file',
    'settings.language': 'Language',
    'customer.code': 'Customer number',
    'customer.name': 'Name',
    'customer.regNo': 'Registration number',
    'customer.vatNo': 'VAT number',
    'customer.billingAddress': 'Billing address',
    'customer.city': 'City',
    'customer.postcode': 'Postcode',
    'customer.country': 'Country',
    'customer.phone': 'Phone',
    'customer.email': 'E-mail',
    'customer.language': 'Language',
    'customer.priceGroup': 'Price group',
    'customer.notes': 'Notes',
    'customer.active': 'Active',
  },
  lv: {
    'common.id': 'ID',
    'common.version': 'Versija',
    'common.code': 'Kods',
    'common.name': 'Nosaukums',
    'common.notes': 'Piezīmes',
    'common.active': 'Aktīvs',
    'common.search': 'Meklēt',
    'common.page': 'Lapa',
    'common.pageSize': 'Rindas lapā',
    'common.sort': 'Kārtot',
    'common.direction': 'Virziens',
    'backup.folder': 'Rezerves kopiju mape',
    'restore.file': 'Rezerves kopijas fails',
    'settings.language': 'Valoda',
    'customer.code': 'Klienta numurs',
    'customer.name': 'Nosaukums',
    'customer.regNo': 'Reģistrācijas numurs',
    'customer.vatNo': 'PVN numurs',
    'customer.billingAddress': 'Rēķina adrese',
    'customer.city': 'Pilsēta',
    'customer.postcode': 'Pasta indekss',
    'customer.country': 'Valsts',
    'customer.phone': 'Tālrunis',
    'customer.email': 'E-pasts',
    'customer.language': 'Valoda',
    'customer.priceGroup': 'Cenu grupa',
    'customer.notes': 'Piezīmes',
    'customer.active': 'Aktīvs',
  },
};

export function fieldLabel(lang: Language, scope: string | undefined, field: string): string {
  const labels = fieldLabels[lang];
  const last = field.split('.').pop() ?? field;
  return (
    (scope ? labels[`${scope}.${field}`] : undefined) ?? labels[`common.${last}`] ?? field
  );
}

/** "2026-11-28T17:57:01.900Z" -> "28.11.2026 19:57" (lv) in the reader's own time zone. */
function formatMoment(lang: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Renders an error's details in one language; both the host and the UI use this. */
export function formatErrorMessage(
  lang: Language,
  details: { key: string; params?: Record<string, string | number>; scope?: string; issues?: { field: string; key: string; params?: Record<string, string | number> }[] },
): string {
  const catalogue = errorMessages[lang];
  const issues = details.issues ?? [];
  if (issues.length > 0) {
    return issues
      .map((issue) =>
        interpolate(catalogue[issue.key] ?? catalogue.invalid_value ?? issue.key, {
          ...issue.params,
          field: fieldLabel(lang, details.scope, issue.field),
        }),
      )
      .join(' ');
  }
  const params = { ...details.params };
  if (typeof params.field === 'string') params.field = fieldLabel(lang, details.scope, params.field);
  if (typeof params.refs === 'string') params.what = describeReferences(lang, params.refs);
  if (typeof params.at === 'string') params.at = formatMoment(lang, params.at);
  return interpolate(catalogue[details.key] ?? details.key, params);
}
