/**
 * Where each entity is stored and which column names it where another record refers to it.
 * The contract names entities; only the services know their tables.
 */
const TABLES: Record<string, { table: string; labelColumn: string }> = {
  customers: { table: 'customers', labelColumn: 'name' },
  teams: { table: 'dispatch_teams', labelColumn: 'code' },
  skills: { table: 'skills', labelColumn: 'code' },
  workers: { table: 'workers', labelColumn: 'name' },
  workerSkills: { table: 'worker_skills', labelColumn: 'id' },
  workerHours: { table: 'worker_hours', labelColumn: 'weekday' },
  absences: { table: 'absences', labelColumn: 'from_date' },
  sites: { table: 'customer_sites', labelColumn: 'name' },
  contacts: { table: 'contacts', labelColumn: 'name' },
};

/**
 * Each group of master data adds its tables here (setup-handlers.ts does, once, at load). The
 * registry imports no group module, so the groups can use the generic services without a cycle.
 */
export function registerTables(tables: Record<string, { table: string; labelColumn: string }>): void {
  Object.assign(TABLES, tables);
}

export function tableOf(entity: string): { table: string; labelColumn: string } {
  const found = TABLES[entity];
  if (!found) throw new Error(`No table registered for entity ${entity}`);
  return found;
}

/** Reference counts are reported by entity name so the message can use the entity's own label. */
export function entityNameOfTable(table: string): string {
  return Object.entries(TABLES).find(([, t]) => t.table === table)?.[0] ?? table;
}
