import { useSyncExternalStore } from 'react';

/** Hash routes ("#/setup/customers") work the same under app:// and the browser host. */
function read(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let snapshot = read();
let snapshotHash = window.location.hash;

function getSnapshot(): string[] {
  if (window.location.hash !== snapshotHash) {
    snapshotHash = window.location.hash;
    snapshot = read();
  }
  return snapshot;
}

export function useRoute(): string[] {
  return useSyncExternalStore(subscribe, getSnapshot);
}

export const href = (...parts: string[]): string => `#/${parts.join('/')}`;

export function navigate(...parts: string[]): void {
  window.location.hash = href(...parts);
}
