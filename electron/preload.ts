/**
 * The whole bridge between the sandboxed page and the main process: three verbs over fixed
 * channels. The page never sees ipcRenderer itself, so it cannot send on any other channel or
 * listen to anything. Bundled by esbuild into one CommonJS file (a sandboxed preload cannot
 * require its neighbours); bridge.ts contributes only the channel names.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type DesktopBridge } from './contract/bridge';
import type { Result } from './contract/result';

const bridge = {
  call: (name: string, input: unknown, actor: string) =>
    ipcRenderer.invoke(IPC_CHANNELS.call, name, input, actor) as Promise<Result<unknown>>,
  pickFolder: (title: string) => ipcRenderer.invoke(IPC_CHANNELS.pickFolder, title) as Promise<string | null>,
  pickFile: (title: string) => ipcRenderer.invoke(IPC_CHANNELS.pickFile, title) as Promise<string | null>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('servisa', bridge);
