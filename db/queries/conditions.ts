/**
 * A list query's WHERE terms and their named parameters, built filter by filter: a filter whose value
 * is undefined adds nothing.
 */
export function conditions(fixed: readonly string[] = []) {
  const where = [...fixed];
  const args: Record<string, string | number> = {};
  return {
    where,
    args,
    add(sql: string, name: string, value: string | number | undefined): void {
      if (value === undefined) return;
      where.push(sql);
      args[name] = value;
    },
  };
}
