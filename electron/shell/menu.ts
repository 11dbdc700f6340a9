/**
 * The application menu: only what a desktop user expects (quit, clipboard, zoom, about). Every
 * feature lives in the UI itself, so the menu adds no commands of its own. Labels follow the OS
 * locale (Latvian or English), like the UI's first start.
 */
import { BrowserWindow, Menu, app, dialog, type MenuItemConstructorOptions } from 'electron';

const LABELS = {
  en: {
    file: 'File', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    selectAll: 'Select all', view: 'View', reload: 'Reload', devTools: 'Developer tools', resetZoom: 'Actual size',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullScreen: 'Full screen', help: 'Help', about: 'About',
    license: 'Licence: GPL-3.0-or-later',
  },
  lv: {
    file: 'Fails', quit: 'Iziet', edit: 'Rediģēt', undo: 'Atsaukt', redo: 'Atcelt atsaukšanu', cut: 'Izgriezt',
    copy: 'Kopēt', paste: 'Ielīmēt', selectAll: 'Atlasīt visu', view: 'Skats', reload: 'Pārlādēt',
    devTools: 'Izstrādātāja rīki', resetZoom: 'Faktiskais izmērs', zoomIn: 'Tuvināt', zoomOut: 'Tālināt',
    fullScreen: 'Pilnekrāna režīms', help: 'Palīdzība', about: 'Par programmu', license: 'Licence: GPL-3.0-or-later',
  },
} as const;

type Labels = (typeof LABELS)[keyof typeof LABELS];

/** Must run after `ready`: app.getLocale() is only meaningful then. */
function labelsForLocale(): Labels {
  return app.getLocale().toLowerCase().startsWith('lv') ? LABELS.lv : LABELS.en;
}

function showAbout(t: Labels): void {
  const options = {
    type: 'info' as const,
    title: t.about,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: t.license,
    buttons: ['OK'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  shown.catch((err: unknown) => console.error('About box failed', err));
}

export function buildMenuTemplate(t: Labels, isPackaged: boolean, isMac: boolean): MenuItemConstructorOptions[] {
  // Developer tools only in development builds: in an installed copy they would let anyone
  // run code against the bridge with a few key presses.
  const devItems: MenuItemConstructorOptions[] = isPackaged ? [] : [{ label: t.devTools, role: 'toggleDevTools' }];
  return [
    // macOS puts Quit/About under the application's own menu, which must come first.
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: t.file, submenu: [{ label: t.quit, role: 'quit' }] },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.reload, role: 'reload' },
        ...devItems,
        { type: 'separator' },
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.fullScreen, role: 'togglefullscreen' },
      ],
    },
    { label: t.help, submenu: [{ label: t.about, click: () => showAbout(t) }] },
  ];
}

export function installApplicationMenu(): void {
  const template = buildMenuTemplate(labelsForLocale(), app.isPackaged, process.platform === 'darwin');
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
