// `npm start`: the desktop window when Electron's binary is installed; otherwise the same
// application through the browser host (installs made with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function electronBinary() {
  try {
    // The electron package exports the binary's path and throws when the binary was not downloaded.
    return require('electron');
  } catch {
    return null;
  }
}

const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.', ...args], { stdio: 'inherit' })
  : (console.log(
      'Electron is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); serving the application through the browser host instead.',
    ),
    spawn(process.execPath, ['dist-electron/host.cjs', '--open', ...args], { stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
