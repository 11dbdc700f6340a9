import { useTranslation } from 'react-i18next';
import { entityDef } from '../../electron/contract/setup';
import { NotYetAvailable } from '../shell/NotYetAvailable';
import { href } from '../shell/router';
import { CustomersPage } from './CustomersPage';
import { DispatchSettingsPage } from './DispatchSettingsPage';
import { EntityPage } from './entity/EntityPage';
import { ImportPage } from './ImportPage';
import { ParametersPage } from './ParametersPage';
import { labelsOf } from './entity/labels';

/**
 * Setup sections in the order a new company fills them in, with the entities each one edits.
 * A section with no entities yet says so honestly.
 */
export const SETUP_SECTIONS = {
  customers: [],
  workers: ['workers'],
  teams: ['teams'],
  skills: ['skills'],
  calendars: ['calendars'],
  objects: ['serviceObjects', 'objectGroups'],
  tasks: ['tasks'],
  prices: ['categories', 'items', 'taxGroups'],
  agreementSetup: ['intervals', 'timeWindows', 'agreementGroups', 'templateGroups'],
  slas: ['slas'],
  stages: ['stages', 'reasonCodes'],
  repairCodes: ['conditions', 'symptomAreas', 'diagnosisAreas', 'resolutions', 'repairStages'],
  parameters: [],
  dispatch: [],
  import: [],
} as const satisfies Record<string, readonly string[]>;
type Section = keyof typeof SETUP_SECTIONS;

function isSection(name: string | undefined): name is Section {
  return name !== undefined && Object.prototype.hasOwnProperty.call(SETUP_SECTIONS, name);
}

export function SetupPage({ section, sub }: { section: string | undefined; sub: string | undefined }) {
  const { t } = useTranslation();
  const current: Section = isSection(section) ? section : 'customers';
  const entities: readonly string[] = SETUP_SECTIONS[current];
  const entityName = entities.find((e) => e === sub) ?? entities[0];
  const def = entityName ? entityDef(entityName) : undefined;

  function body() {
    if (current === 'customers') return <CustomersPage />;
    if (current === 'import') return <ImportPage title={t('setup.import')} />;
    if (current === 'parameters') return <ParametersPage />;
    if (current === 'dispatch') return <DispatchSettingsPage />;
    if (!def) return <NotYetAvailable nested screen={t(`setup.${current}`)} />;
    return <EntityPage key={def.name} def={def} />;
  }

  return (
    <section className="page setup" aria-labelledby="page-title">
      <h1 id="page-title">
        {t('setup.title')}: {t(`setup.${current}`)}
      </h1>
      <nav className="tabs" aria-label={t('setup.sections')}>
        {Object.keys(SETUP_SECTIONS).map((s) => (
          <a key={s} href={href('setup', s)} aria-current={s === current ? 'page' : undefined}>
            {t(`setup.${s}`)}
          </a>
        ))}
      </nav>
      {entities.length > 1 && (
        <nav className="tabs sub-tabs" aria-label={t(`setup.${current}`)}>
          {entities.map((name) => {
            const subDef = entityDef(name);
            return (
              <a key={name} href={href('setup', current, name)} aria-current={name === entityName ? 'page' : undefined}>
                {subDef ? labelsOf(subDef).title : name}
              </a>
            );
          })}
        </nav>
      )}
      {body()}
    </section>
  );
}
