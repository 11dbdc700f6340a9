export { AppShell } from './app-shell';
export { CustomersPage, type CustomerColumn, type CustomerField } from './customers';
export { FirstStartPage } from './first-start';
export { SettingsPage, type LanguageChoice } from './settings';
export { NAV_ITEMS, TEXTS, Ui, escapeRegExp, fill, type Lang, type NavItem, type Texts } from './ui';
export { BoardScreen } from './board';
