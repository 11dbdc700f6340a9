/**
 * Navigation, window and permission hardening (Electron security checklist, items 4, 5, 13-16).
 * The renderer is our own code, but a bug or an injected link must still not be able to load a
 * remote page into a window that holds the preload bridge.
 */
import { app, shell, type Session, type WebContents } from 'electron';
import { externalLinkUrl, isTrustedUrl } from './rules';

/** Hands a vetted http(s) link to the user's browser; anything else is dropped (and logged). */
function openExternally(url: string): void {
  const href = externalLinkUrl(url);
  if (href === null) {
    console.warn('Blocked a link that is not http(s):', url);
    return;
  }
  shell.openExternal(href).catch((err: unknown) => console.error('Could not open link', href, err));
}

/**
 * Same-origin navigation (a reload, a route change done as a full load) stays in the window;
 * a link to the web opens in the browser; everything else is cancelled.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  // will-navigate covers the top frame only; iframes get the same rule but never open anything.
  // The top frame is left to will-navigate: cancelling it here first would also skip that
  // handler, and with it the hand-over of web links to the browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isTrustedUrl(event.url)) event.preventDefault();
  });
  // Our pages never redirect; a redirect away from app:// means something went wrong.
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  });
  // No <webview>: a guest page would be a second, unchecked renderer.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new Electron windows from the page; target=_blank links go to the browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** The application needs no camera, microphone, notifications, geolocation or devices. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Applies the navigation rules to every web contents the moment it is created, so a window added
 * later (print preview, about box) cannot be forgotten.
 */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
