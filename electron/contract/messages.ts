/**
 * Error messages and field labels in both languages. They live in the contract (pure TypeScript)
 * because the main process writes the English `message` for scripts while the renderer shows the
 * same text in the user's language.
 */

import { entityDef, entityDefByScope } from './setup';

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
    referenced: 'This record cannot be deleted while {{what}} refer to it.',
    referenced_deactivate: 'This record cannot be deleted: {{what}} refer to it. Mark it inactive instead.',
    not_number: '{{field}}: enter a number.',
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
    fixed_after_create: '{{field}}: cannot be changed after the record is saved.',
    ref_missing: '{{field}}: the chosen record does not exist (it may have been deleted).',
    date_order: '{{field}}: must not be before {{other}}.',
    time_order: '{{field}}: must be later than {{other}}.',
    overlap: '{{field}}: overlaps another period ({{from}} – {{to}}).',
    not_of_customer: '{{field}}: belongs to a different customer than the one chosen in "{{other}}".',
    in_future: '{{field}}: must not be in the future.',
    request_not_open: '{{field}}: the request has already been converted or rejected, so it cannot be changed.',
    order_stage_no_change: '{{field}}: the stage "{{stage}}" does not allow changes to the order; move the order to another stage first.',
    order_stage_no_delete: '{{field}}: the stage "{{stage}}" does not allow deleting order lines.',
    order_posted: '{{field}}: the order is posted, so it can no longer be changed.',
    order_cancelled: '{{field}}: the order is cancelled, so it can no longer be changed.',
    order_line_posted: '{{field}}: line {{line}} is posted, so it can no longer be changed or deleted.',
    order_line_cancelled: '{{field}}: line {{line}} is cancelled, so it can no longer be changed or deleted.',
    order_needs_agreement: '{{field}}: a service order needs an agreement (the parameters do not allow orders without one).',
    agreement_not_active: '{{field}}: the agreement is not active, so no orders can be made for it.',
    agreement_of_other_customer: '{{field}}: the agreement belongs to another customer than the one chosen in "{{other}}".',
    object_not_of_order_customer: "{{field}}: the object does not belong to the order's customer.",
    object_not_related_to_order: "{{field}}: the object is not one of the order's (or its agreement's) related service objects; relate it to the order first.",
    task_not_related_to_order: "{{field}}: the task is not one of the order's (or its agreement's) related service tasks; relate it to the order first.",
    relation_used_by_order_line: '{{field}}: line {{line}} of the order names it; change or delete that line first.',
    background_write:
      'Service orders are being created right now, so nothing else can be saved until that finishes (or is cancelled). Try again in a moment.',
    template_has_orders: '{{field}}: this agreement already has service orders ({{count}}), so it cannot become a template.',
    fixed_fee_needs_fee: '{{field}}: a fixed-fee agreement needs a fee greater than 0 (see "{{other}}").',
    outside_agreement_validity: "{{field}}: must lie within the agreement's validity ({{from}} – {{to}}).",
    lines_outside_validity: '{{field}}: line {{line}} has dates outside this period; change that line first.',
    relations_of_other_customer: '{{field}}: the agreement covers service objects of the current customer ({{count}}); remove those first.',
    category_of_other_type: '{{field}}: the category is for another transaction type than the one chosen in "{{other}}".',
    item_only_on_item_lines: '{{field}}: only item lines name an item; change "{{other}}" or clear the item.',
    object_not_related: "{{field}}: the object is not one of the agreement's related service objects; relate it to the agreement first.",
    task_not_related: "{{field}}: the task is not one of the agreement's related service tasks; relate it to the agreement first.",
    object_of_other_customer: "{{field}}: the object does not belong to the agreement's customer.",
    relation_used_by_line: '{{field}}: line {{line}} of the agreement names it; change or delete that line first.',
    copy_into_closed: '{{field}}: lines cannot be copied into a cancelled or expired agreement.',
    copy_same_agreement: '{{field}}: choose another agreement than the one the lines are copied into.',
    copy_line_not_in_source: '{{field}}: a chosen line does not belong to the agreement the lines are copied from.',
    copy_line_stopped: '{{field}}: line {{line}} is stopped; stopped lines are not copied.',
    copy_nothing: '{{field}}: the agreement has no lines that can be copied (stopped lines are not copied).',
    copy_line_outside: '{{field}}: line {{line}} has dates outside the validity of the agreement the lines are copied into.',
    copy_line_other_customer: '{{field}}: line {{line}} is for a service object of another customer.',
    period_too_long: '{{field}}: the period may be at most {{max}} years long.',
    job_running: 'Service orders are already being created or previewed. Wait until that run ends or cancel it.',
    csv_empty: 'The file is empty: its first line must name the columns.',
    csv_unclosed_quote: 'A value in quotes is not closed (the closing quote mark is missing), so the rest of the file cannot be read.',
    csv_unknown_column: '{{field}}: this column is not known; use the column names of an exported file.',
    csv_duplicate_column: '{{field}}: the column "{{column}}" appears more than once.',
    csv_missing_column: '{{field}}: the column "{{column}}" is missing from the first line.',
    csv_extra_values: 'The row has values in columns that the first line does not name.',
    csv_duplicate_row: '{{field}}: "{{value}}" already appears on row {{line}} of the file.',
    csv_ref_unknown: '{{field}}: there is no record with the code "{{value}}".',
    csv_boolean: '{{field}}: "{{value}}" is not a yes/no value; write 1 or 0.',
    csv_enum: '{{field}}: "{{value}}" is not one of {{allowed}}.',
    sequence_reuses: '{{field}}: must be greater than {{last}}, the highest number already used with this prefix.',
    invoice_gapless: '{{field}}: invoice numbers must have no gaps, so the next invoice number cannot be changed (a new prefix can start again at 1).',
    stage_second_root: '{{field}}: only one stage may be without a parent, and "{{root}}" already is the first stage. Choose a parent stage.',
    stage_root_delete: '{{field}}: this is the first stage (it has no parent); it cannot be deleted before the other stages ({{count}}).',
    code_not_in_area: '{{field}}: the code does not belong to the chosen {{other}}.',
    not_less_than: '{{field}}: must not be less than {{other}}.',
    zero_unless_manual: '{{field}}: must be 0 unless "{{other}}" is manual (a week or month window is the whole calendar week or month).',
    overlap_open: '{{field}}: overlaps another period that starts {{from}} and has no end date.',
    site_needs_customer: '{{field}}: choose "{{other}}" first; a service site belongs to one customer.',
    site_not_of_customer: '{{field}}: the site belongs to a different customer than the one chosen in "{{other}}".',
    parent_cycle: '{{field}}: an object cannot be part of itself or of one of its own components.',
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
    referenced: 'Šo ierakstu nevar dzēst, kamēr uz to atsaucas {{what}}.',
    referenced_deactivate:
      'Šo ierakstu nevar dzēst: uz to atsaucas {{what}}. Tā vietā atzīmējiet to kā neaktīvu.',
    not_number: '{{field}}: ievadiet skaitli.',
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
    fixed_after_create: '{{field}}: pēc saglabāšanas to vairs nevar mainīt.',
    ref_missing: '{{field}}: izvēlētais ieraksts neeksistē (iespējams, tas ir dzēsts).',
    date_order: '{{field}}: nedrīkst būt agrāk par {{other}}.',
    time_order: '{{field}}: jābūt vēlākam par {{other}}.',
    overlap: '{{field}}: pārklājas ar citu periodu ({{from}} – {{to}}).',
    not_of_customer: '{{field}}: pieder citam klientam, nevis laukā „{{other}}” izvēlētajam.',
    in_future: '{{field}}: nedrīkst būt nākotnē.',
    request_not_open: '{{field}}: pieprasījums jau ir pārveidots vai noraidīts, tāpēc to nevar mainīt.',
    order_stage_no_change: '{{field}}: stadija „{{stage}}” neļauj mainīt pasūtījumu; vispirms pārvietojiet pasūtījumu uz citu stadiju.',
    order_stage_no_delete: '{{field}}: stadija „{{stage}}” neļauj dzēst pasūtījuma rindas.',
    order_posted: '{{field}}: pasūtījums ir grāmatots, tāpēc to vairs nevar mainīt.',
    order_cancelled: '{{field}}: pasūtījums ir atcelts, tāpēc to vairs nevar mainīt.',
    order_line_posted: '{{field}}: {{line}}. rinda ir grāmatota, tāpēc to vairs nevar mainīt vai dzēst.',
    order_line_cancelled: '{{field}}: {{line}}. rinda ir atcelta, tāpēc to vairs nevar mainīt vai dzēst.',
    order_needs_agreement: '{{field}}: servisa pasūtījumam nepieciešams līgums (parametri neatļauj pasūtījumus bez līguma).',
    agreement_not_active: '{{field}}: līgums nav aktīvs, tāpēc tam nevar veidot pasūtījumus.',
    agreement_of_other_customer: '{{field}}: līgums pieder citam klientam, nevis laukā „{{other}}” izvēlētajam.',
    object_not_of_order_customer: '{{field}}: objekts nepieder pasūtījuma klientam.',
    object_not_related_to_order: '{{field}}: objekts nav starp pasūtījumam (vai tā līgumam) piesaistītajiem servisa objektiem; vispirms piesaistiet to pasūtījumam.',
    task_not_related_to_order: '{{field}}: uzdevums nav starp pasūtījumam (vai tā līgumam) piesaistītajiem servisa uzdevumiem; vispirms piesaistiet to pasūtījumam.',
    relation_used_by_order_line: '{{field}}: to izmanto pasūtījuma {{line}}. rinda; vispirms mainiet vai dzēsiet šo rindu.',
    background_write:
      'Pašlaik tiek veidoti servisa pasūtījumi, tāpēc neko citu nevar saglabāt, kamēr tas nav beidzies (vai atcelts). Mēģiniet vēlreiz pēc brīža.',
    template_has_orders: '{{field}}: šim līgumam jau ir servisa pasūtījumi ({{count}}), tāpēc to nevar padarīt par veidni.',
    fixed_fee_needs_fee: '{{field}}: līgumam ar fiksētu maksu maksai jābūt lielākai par 0 (skatīt „{{other}}”).',
    outside_agreement_validity: '{{field}}: jābūt līguma darbības laikā ({{from}} – {{to}}).',
    lines_outside_validity: '{{field}}: {{line}}. rindas datumi ir ārpus šī perioda; vispirms mainiet šo rindu.',
    relations_of_other_customer: '{{field}}: līgumā ir pašreizējā klienta servisa objekti ({{count}}); vispirms tos noņemiet.',
    category_of_other_type: '{{field}}: kategorija ir citam darījuma veidam, nevis laukā „{{other}}” izvēlētajam.',
    item_only_on_item_lines: '{{field}}: krājumu norāda tikai krājumu rindās; mainiet lauku „{{other}}” vai notīriet krājumu.',
    object_not_related: '{{field}}: objekts nav starp līgumam piesaistītajiem servisa objektiem; vispirms piesaistiet to līgumam.',
    task_not_related: '{{field}}: uzdevums nav starp līgumam piesaistītajiem servisa uzdevumiem; vispirms piesaistiet to līgumam.',
    object_of_other_customer: '{{field}}: objekts nepieder līguma klientam.',
    relation_used_by_line: '{{field}}: to izmanto līguma {{line}}. rinda; vispirms mainiet vai dzēsiet šo rindu.',
    copy_into_closed: '{{field}}: rindas nevar kopēt atceltā vai beigušos līgumā.',
    copy_same_agreement: '{{field}}: izvēlieties citu līgumu, nevis to, kurā rindas kopē.',
    copy_line_not_in_source: '{{field}}: izvēlētā rinda nepieder līgumam, no kura kopē.',
    copy_line_stopped: '{{field}}: {{line}}. rinda ir apturēta; apturētas rindas nekopē.',
    copy_nothing: '{{field}}: līgumā nav rindu, ko varētu kopēt (apturētas rindas nekopē).',
    copy_line_outside: '{{field}}: {{line}}. rindas datumi ir ārpus tā līguma darbības laika, kurā kopē.',
    copy_line_other_customer: '{{field}}: {{line}}. rinda ir par cita klienta servisa objektu.',
    period_too_long: '{{field}}: periods nedrīkst būt garāks par {{max}} gadiem.',
    job_running: 'Servisa pasūtījumi jau tiek veidoti vai priekšskatīti. Pagaidiet, līdz tas beidzas, vai atceliet to.',
    csv_empty: 'Fails ir tukšs: tā pirmajā rindā jābūt kolonnu nosaukumiem.',
    csv_unclosed_quote: 'Pēdiņās ievietota vērtība nav noslēgta (trūkst noslēdzošo pēdiņu), tāpēc pārējo failu nevar nolasīt.',
    csv_unknown_column: '{{field}}: šāda kolonna nav zināma; izmantojiet eksportēta faila kolonnu nosaukumus.',
    csv_duplicate_column: '{{field}}: kolonna „{{column}}” ir norādīta vairāk nekā vienu reizi.',
    csv_missing_column: '{{field}}: pirmajā rindā trūkst kolonnas „{{column}}”.',
    csv_extra_values: 'Rindā ir vērtības kolonnās, kuras pirmajā rindā nav nosauktas.',
    csv_duplicate_row: '{{field}}: „{{value}}” jau ir norādīts faila {{line}}. rindā.',
    csv_ref_unknown: '{{field}}: ieraksts ar kodu „{{value}}” neeksistē.',
    csv_boolean: '{{field}}: „{{value}}” nav jā/nē vērtība; rakstiet 1 vai 0.',
    csv_enum: '{{field}}: „{{value}}” nav neviena no vērtībām {{allowed}}.',
    sequence_reuses: '{{field}}: jābūt lielākam par {{last}} — lielāko numuru, kas ar šo prefiksu jau izmantots.',
    invoice_gapless: '{{field}}: rēķinu numuriem jābūt bez robiem, tāpēc nākamo rēķina numuru mainīt nevar (ar jaunu prefiksu var sākt no 1).',
    stage_second_root: '{{field}}: tikai viena stadija drīkst būt bez iepriekšējās stadijas, un „{{root}}” jau ir sākuma stadija. Izvēlieties iepriekšējo stadiju.',
    stage_root_delete: '{{field}}: šī ir sākuma stadija (tai nav iepriekšējās stadijas); to nevar dzēst pirms pārējām stadijām ({{count}}).',
    code_not_in_area: '{{field}}: kods nepieder izvēlētajai jomai ({{other}}).',
    not_less_than: '{{field}}: nedrīkst būt mazāks par {{other}}.',
    zero_unless_manual: '{{field}}: jābūt 0, ja vien laukā „{{other}}” nav izvēlēts „Manuāli” (nedēļas vai mēneša logs ir visa kalendārā nedēļa vai mēnesis).',
    overlap_open: '{{field}}: pārklājas ar citu periodu, kas sākas {{from}} un kam nav beigu datuma.',
    site_needs_customer: '{{field}}: vispirms izvēlieties lauku „{{other}}”; servisa vieta pieder vienam klientam.',
    site_not_of_customer: '{{field}}: vieta pieder citam klientam, nevis laukā „{{other}}” izvēlētajam.',
    parent_cycle: '{{field}}: objekts nevar ietilpt pats sevī vai kādā no savām sastāvdaļām.',
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
      const [name = '', count = ''] = part.split('=');
      const label = referenceLabels[lang][name] ?? entityDef(name)?.labels[lang].title.toLowerCase() ?? name;
      return `${count} ${label}`;
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
    'parameters.allowOrdersWithoutAgreement': 'Allow service orders without an agreement',
    'parameters.signOffRequired': 'Sign-off required before posting',
    'parameters.reasonOnSlaCancel': 'Reason code required to cancel the SLA clock',
    'parameters.reasonOnSlaExceed': 'Reason code required when the SLA is exceeded',
    'parameters.timeZone': 'Company time zone',
    'parameters.currency': 'Currency',
    'generation.from': 'From date',
    'generation.to': 'To date',
    'generation.transactionTypes': 'Transaction types',
    'generation.scope.agreementId': 'Agreement',
    'generation.scope.agreementGroupId': 'Agreement group',
    'generation.scope.customerId': 'Customer',
    'generation.scope.teamId': 'Dispatch team',
    'transfer.csv': 'CSV file',
    'transfer.kind': 'Kind of data',
    'sequence.prefix': 'Prefix',
    'sequence.nextNumber': 'Next number',
    'sequence.width': 'Digits',
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
    'parameters.allowOrdersWithoutAgreement': 'Atļaut servisa pasūtījumus bez līguma',
    'parameters.signOffRequired': 'Pirms grāmatošanas nepieciešams apstiprinājums',
    'parameters.reasonOnSlaCancel': 'SLA uzskaites atcelšanai nepieciešams iemesla kods',
    'parameters.reasonOnSlaExceed': 'SLA pārsniegšanas gadījumā nepieciešams iemesla kods',
    'parameters.timeZone': 'Uzņēmuma laika josla',
    'parameters.currency': 'Valūta',
    'generation.from': 'No datuma',
    'generation.to': 'Līdz datumam',
    'generation.transactionTypes': 'Darījumu veidi',
    'generation.scope.agreementId': 'Līgums',
    'generation.scope.agreementGroupId': 'Līgumu grupa',
    'generation.scope.customerId': 'Klients',
    'generation.scope.teamId': 'Dispečeru komanda',
    'transfer.csv': 'CSV fails',
    'transfer.kind': 'Datu veids',
    'sequence.prefix': 'Prefikss',
    'sequence.nextNumber': 'Nākamais numurs',
    'sequence.width': 'Ciparu skaits',
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
  const fromEntity = scope ? (entityDefByScope(scope)?.labels[lang].fields as Record<string, string> | undefined)?.[field] : undefined;
  return fromEntity ?? (scope ? labels[`${scope}.${field}`] : undefined) ?? labels[`common.${last}`] ?? field;
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
          ...(typeof issue.params?.other === 'string' ? { other: fieldLabel(lang, details.scope, issue.params.other) } : {}),
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
