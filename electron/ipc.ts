/**
 * Binds the one contract to ipcMain. Every message is checked for where it came from before
 * anything is parsed; the schema parse, the handler and the result object are the same
 * `invoke` the browser host uses, so both transports behave alike.
 */
import { BrowserWindow, app, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { userInfo } from 'node:os';
import type { Store } from '../db/store';
import { IPC_CHANNELS } from './contract/bridge';
import type { Result } from './contract/result';
import type { CallContext, Handlers } from './services/context';
import { invoke } from './services/invoke';
import { isTrustedSender, resolveActor } from './shell/rules';

/** Dialog titles come from the renderer; a cap keeps a runaway string out of native code. */
const MAX_TITLE_LENGTH = 200;

/**
 * The operating-system user, written as the actor when the UI sends none. userInfo() throws for
 * a uid without a passwd entry (some containers and domain setups), hence the environment fallback.
 */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'unknown';
  }
}

/**
 * Only our own page in the window's top frame may call: senderFrame is null once the frame has
 * navigated away or been destroyed, and an iframe has a parent.
 */
function fromTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return isTrustedSender(frame.url, frame.parent === null);
}

function refused(): Result<never> {
  // The UI translates from details.key; the catalogue's English text speaks of the host's access
  // token, so the log gets a message that says what happened here.
  const details = { key: 'unauthorized' };
  return {
    ok: false,
    error: { code: 'unauthorized', message: 'The call did not come from the application window and was refused.', details },
  };
}

function dialogTitle(title: unknown): string {
  return typeof title === 'string' ? title.slice(0, MAX_TITLE_LENGTH) : '';
}

function isLatvian(): boolean {
  return app.getLocale().toLowerCase().startsWith('lv');
}

/** Opens the native chooser over the calling window (modal to it) and returns the one path or null. */
async function choosePath(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(event.sender);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}

/** Registers the three channels of the bridge; call once, after the store is open. */
export function registerIpc(store: Store, handlers: Handlers): void {
  const fallbackActor = osUserName();

  ipcMain.handle(IPC_CHANNELS.call, async (event, name: unknown, input: unknown, actor: unknown): Promise<Result<unknown>> => {
    // Refusals are result objects, not throws: a rejected invoke reaches the renderer as a bare message.
    if (!fromTrustedSender(event)) return refused();
    const ctx: CallContext = { store, actor: resolveActor(actor, fallbackActor), now: () => new Date() };
    // A non-string name cannot be a contract call; invoke answers '' with unknown_call.
    return invoke(handlers, ctx, typeof name === 'string' ? name : '', input);
  });

  ipcMain.handle(IPC_CHANNELS.pickFolder, async (event, title: unknown): Promise<string | null> => {
    if (!fromTrustedSender(event)) return null;
    return choosePath(event, { title: dialogTitle(title), properties: ['openDirectory', 'createDirectory'] });
  });

  ipcMain.handle(IPC_CHANNELS.pickFile, async (event, title: unknown): Promise<string | null> => {
    if (!fromTrustedSender(event)) return null;
    const lv = isLatvian();
    return choosePath(event, {
      title: dialogTitle(title),
      properties: ['openFile'],
      filters: [
        { name: lv ? 'Datubāzes kopija' : 'Database backup', extensions: ['sqlite', 'db'] },
        { name: lv ? 'Visi faili' : 'All files', extensions: ['*'] },
      ],
    });
  });
}
