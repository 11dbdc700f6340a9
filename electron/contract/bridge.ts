import type { ApiError, Result } from './result';

/** Channel names between preload and main; nothing else crosses that boundary. */
export const IPC_CHANNELS = {
  call: 'servisa:call',
  pickFolder: 'servisa:pick-folder',
  pickFile: 'servisa:pick-file',
} as const;

/**
 * What the preload script exposes as `window.servisa` in the desktop app. The browser host has no
 * bridge: the renderer then calls POST /api/<name> with the start token.
 */
export interface DesktopBridge {
  call(name: string, input: unknown, actor: string): Promise<Result<unknown>>;
  /** Native folder chooser; null when the user cancels. */
  pickFolder(title: string): Promise<string | null>;
  /** Native file chooser for a database backup; null when the user cancels. */
  pickFile(title: string): Promise<string | null>;
}

export type { ApiError };
