/** The main navigation in the order the sidebar shows it; e2e page models use the same list. */
export const NAV_ITEMS = [
  'board',
  'orders',
  'requests',
  'agreements',
  'subscriptions',
  'invoices',
  'reports',
  'setup',
  'settings',
] as const;
export type NavItem = (typeof NAV_ITEMS)[number];
