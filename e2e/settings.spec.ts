import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.describe('Settings', () => {
  test.beforeEach(async ({ app }) => {
    await app.firstStart.startEmpty();
    await app.settings.open();
  });

  test('shows the database file and schema version', async ({ app, host }) => {
    await expect(app.settings.dbPath()).toHaveText(host.dbPath);
    const info = await host.apiValue('system.info', {});
    await expect(app.settings.schemaVersion()).toHaveText(String(info.schemaVersion));
    expect(info.schemaVersion).toBeGreaterThan(0);
    await expect(app.settings.yourName()).toHaveValue(info.osUser);
  });

  test('backs up into the default folder and refuses a folder that does not exist', async ({ app, host }) => {
    const s = app.settings;
    await expect(s.backupFolder()).toHaveValue(join(host.dir, 'backups'));
    await s.backUp();
    await expect(s.backupError()).toBeHidden();
    await expect(s.backupDone()).toContainText('Backup written:');
    const file = /Backup written: (.+\.sqlite) \(/.exec((await s.backupDone().textContent()) ?? '')?.[1];
    expect(file, 'the message names the file').toBeTruthy();
    expect(file?.startsWith(join(host.dir, 'backups'))).toBe(true);
    expect(existsSync(file ?? ''), `${file} exists`).toBe(true);
    expect(statSync(file ?? '').size).toBeGreaterThan(0);

    await s.backUp(join(host.dir, 'no-such-folder'));
    await expect(s.backupError()).toContainText('Backup folder');
    await expect(s.backupDone()).toBeHidden();
    await expect(s.backupFolder()).toHaveAttribute('aria-invalid', 'true');
  });

  test('restore refuses a file that is not a backup, and brings a backup back', async ({ app, host }) => {
    const s = app.settings;
    const keep = await host.apiValue('customers.create', { name: 'SIA Pirms Kopijas' });

    // A backup into a folder of our own (the default folder is covered above).
    const folder = join(host.dir, 'kopijas');
    await mkdir(folder);
    await s.backUp(folder);
    await expect(s.backupDone()).toContainText('Backup written:');
    const backup = /Backup written: (.+\.sqlite) \(/.exec((await s.backupDone().textContent()) ?? '')?.[1] ?? '';
    expect(existsSync(backup)).toBe(true);

    // A text file is not a database of this application.
    const text = join(host.dir, 'notes.txt');
    await writeFile(text, 'not a database\n');
    await s.restore(text);
    await expect(s.restoreError()).toContainText('Backup file');
    await expect(s.restoreDone()).toBeHidden();

    // Answering No changes nothing.
    const later = await host.apiValue('customers.create', { name: 'SIA Pēc Kopijas' });
    await s.restore(backup, 'no');
    await expect(s.restoreDone()).toBeHidden();
    expect((await host.apiValue('customers.list', {})).total).toBe(2);

    // Restore the backup: the customer created after it is gone, the earlier one is there.
    await s.restore(backup);
    await expect(s.restoreError()).toBeHidden();
    await expect(s.restoreDone()).toContainText('Restored. The previous database was kept as');
    const names = (await host.apiValue('customers.list', {})).rows.map((r) => r.name);
    expect(names).toContain(keep.name);
    expect(names).not.toContain(later.name);
    // The app keeps working on the restored database.
    await expect(s.dbPath()).toHaveText(host.dbPath);
    await app.customers.open();
    await expect(app.customers.row(keep.name)).toBeVisible();
    await expect(app.customers.rows()).toHaveCount(1);
  });
});
