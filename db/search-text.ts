/**
 * Lower-case, accent-free text for searching: "Rīgas Ūdens" matches "rigas udens". SQLite's own
 * lower() folds ASCII only, so we store this beside each searchable row.
 */
export function foldForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A LIKE pattern for a user's search term, with LIKE's wildcards escaped (use ESCAPE '\\'). */
export function likePattern(term: string): string {
  return `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
