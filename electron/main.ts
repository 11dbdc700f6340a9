/**
 * The Electron main process: lifecycle, one window, one store. It holds no business rules; those
 * are the services behind `invoke`, which the browser host runs too. Bundled by esbuild to
 * dist-electron/main.cjs, so __dirname is dist-electron (where preload.cjs lies).
 */
import { BrowserWindow, app, dialog, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { APP_DATA_FOLDER, isNetworkPath, resolveDbPath } from '../db/location';
import { Store } from '../db/store';
import { osUserName, registerIpc } from './ipc';
import { createHandlers } from './services/handlers';
import { handleAppScheme, registerAppScheme } from './shell/app-protocol';
import { installApplicationMenu } from './shell/menu';
import { APP_START_URL } from './shell/rules';
import { hardenAllWebContents, hardenSession } from './shell/security';

const APP_ID = 'lv.servisavadiba.app';

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

const TEXTS = {
  en: {
    cannotStart: 'Servisa vadība cannot start',
    networkPath: (file: string) =>
      `The database is on a network drive:\n${file}\n\nSQLite can corrupt or lock a database shared over a network. ` +
      'Keep the database on this computer\'s disk (or start with --db pointing to a local file).',
    openFailed: (file: string, reason: string) => `The database could not be opened:\n${file}\n\n${reason}`,
  },
  lv: {
    cannotStart: 'Servisa vadību nevar palaist',
    networkPath: (file: string) =>
      `Datubāze atrodas tīkla diskā:\n${file}\n\nSQLite datubāze, ko koplieto tīklā, var tikt bojāta vai bloķēta. ` +
      'Glabājiet datubāzi šī datora diskā (vai palaidiet ar --db, norādot lokālu failu).',
    openFailed: (file: string, reason: string) => `Datubāzi neizdevās atvērt:\n${file}\n\n${reason}`,
  },
};

function texts(): (typeof TEXTS)['en'] {
  return app.getLocale().toLowerCase().startsWith('lv') ? TEXTS.lv : TEXTS.en;
}

/** A blocking message, then quit: without its database the application has nothing to show. */
function failStart(message: string): void {
  dialog.showErrorBox(texts().cannotStart, message);
  app.quit();
}

/**
 * `--db FILE`, then SERVISA_DB, then userData. A network path is refused before anything touches
 * it; opening runs the integrity check and migrations, and refuses a database from a newer version.
 */
function openStore(): Store | null {
  const file = resolveDbPath(process.argv, process.env, app.getPath('userData'));
  if (isNetworkPath(file)) {
    failStart(texts().networkPath(file));
    return null;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    return Store.open(file);
  } catch (err) {
    failStart(texts().openFailed(file, err instanceof Error ? err.message : String(err)));
    return null;
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: app.getName(),
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      // Most are Electron's defaults; spelled out so a review (or a careless edit) sees them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  // Shown once painted, so the user never sees a white flash.
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_START_URL).catch((err: unknown) => console.error('Could not load the renderer', err));
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  hardenSession(session.defaultSession);
  const opened = openStore();
  if (!opened) return;
  store = opened;
  handleAppScheme(join(app.getAppPath(), 'dist', 'renderer'));
  // A worker thread cannot read from app.asar; the packaged worker is unpacked beside it (see build/).
  const jobWorkerPath = join(__dirname, 'job-worker.cjs').replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
  registerIpc(opened, createHandlers({ appVersion: app.getVersion(), osUser: osUserName(), jobWorkerPath }));
  installApplicationMenu();
  mainWindow = createWindow();
}

// Everything below runs before `ready`, in this order on purpose.

// Chromium fixes scheme privileges at start-up, so the app:// scheme is declared first.
registerAppScheme();

// Same folder as the browser host's default (db/location.ts), and before the single-instance lock,
// because Electron keeps that lock file in userData.
app.setPath('userData', join(app.getPath('appData'), APP_DATA_FOLDER));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Navigation and window-opening rules for every web contents, including any created later.
hardenAllWebContents();

// One process owns the database: a second start only brings the open window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS keeps the app alive without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (store && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  // Closing the connection checkpoints the WAL, so the file on disk is complete on its own.
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => failStart(err instanceof Error ? err.message : String(err)));
}
