import type { EntityDef } from '../entity';
import { entityContract, defineEntity } from '../entity';
import { f } from '../fields';

/** A customer's service sites and contact persons, edited inside the customer's form. */
export const sitesEntity = defineEntity({
  name: 'sites',
  scope: 'site',
  labelField: 'name',
  parent: 'customerId',
  fields: {
    customerId: f.ref('customers'),
    code: f.code(),
    name: f.text(200, { listed: true, searchable: true }),
    address: f.text(300, { listed: true, searchable: true }),
    city: f.text(100, { listed: true, searchable: true }),
    postcode: f.optionalText(20),
    country: f.enumOf('country', ['LV', 'LT', 'EE', 'FI', 'SE', 'PL', 'DE'], 'LV'),
    notes: f.textarea(2000),
    active: f.boolean(true),
  },
  labels: {
    en: {
      title: 'Service sites',
      create: 'Add service site',
      fields: { customerId: 'Customer', code: 'Site code', name: 'Name', address: 'Address', city: 'City', postcode: 'Postcode', country: 'Country', notes: 'Notes', active: 'Active' },
      enums: { country: { LV: 'Latvia', LT: 'Lithuania', EE: 'Estonia', FI: 'Finland', SE: 'Sweden', PL: 'Poland', DE: 'Germany' } },
    },
    lv: {
      title: 'Servisa vietas',
      create: 'Pievienot servisa vietu',
      fields: { customerId: 'Klients', code: 'Vietas kods', name: 'Nosaukums', address: 'Adrese', city: 'Pilsēta', postcode: 'Pasta indekss', country: 'Valsts', notes: 'Piezīmes', active: 'Aktīva' },
      enums: { country: { LV: 'Latvija', LT: 'Lietuva', EE: 'Igaunija', FI: 'Somija', SE: 'Zviedrija', PL: 'Polija', DE: 'Vācija' } },
    },
  },
});

export const contactsEntity = defineEntity({
  name: 'contacts',
  scope: 'contact',
  labelField: 'name',
  parent: 'customerId',
  fields: {
    customerId: f.ref('customers'),
    name: f.text(200, { listed: true, searchable: true }),
    role: f.optionalText(100, { listed: true }),
    phone: f.optionalText(50, { listed: true, searchable: true }),
    email: f.optionalText(200, { listed: true, searchable: true }),
  },
  labels: {
    en: { title: 'Contact persons', create: 'Add contact person', fields: { customerId: 'Customer', name: 'Name', role: 'Role', phone: 'Phone', email: 'E-mail' } },
    lv: { title: 'Kontaktpersonas', create: 'Pievienot kontaktpersonu', fields: { customerId: 'Klients', name: 'Vārds, uzvārds', role: 'Amats', phone: 'Tālrunis', email: 'E-pasts' } },
  },
});

export const customerChildEntities = [sitesEntity, contactsEntity] as unknown as readonly EntityDef[];

export const customerChildrenContract = {
  ...entityContract(sitesEntity),
  ...entityContract(contactsEntity),
};
