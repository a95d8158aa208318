import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Database, OPEN_READONLY } from 'sqlite3';
import request from 'supertest';
import { defaultBackupPath } from '../../scripts/backup';
import { loginAsOfficer } from '../helpers/auth';
import { isFirstPlenary, seededBms7 } from '../helpers/bms7';
import { createTestApp, removeDatabase, TestApp } from '../helpers/create-test-app';
import { meetingState, waitingOrder } from '../helpers/meeting-state';

const ROOT = resolve(__dirname, '../..');

/** `npm run backup` as the README gives it, in `cwd`, for the database at `databasePath`. */
function runBackup(cwd: string, databasePath: string): Promise<{ stdout: string; stderr: string }> {
  const tsNode = require.resolve('ts-node/dist/bin.js', { paths: [ROOT] });
  return promisify(execFile)(
    process.execPath,
    [tsNode, '--transpile-only', '--project', join(ROOT, 'tsconfig.json'), join(ROOT, 'scripts/backup.ts')],
    { cwd, env: { PATH: process.env.PATH, DATABASE_PATH: databasePath }, timeout: 30_000 },
  );
}

function query<T>(database: Database, sql: string, ...params: unknown[]): Promise<T[]> {
  return new Promise((done, fail) => database.all(sql, params, (error, rows) => (error ? fail(error) : done(rows as T[]))));
}

describe('npm run backup', () => {
  let testApp: TestApp;
  let folder: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    folder = mkdtempSync(join(tmpdir(), 'rostrum-backup-'));
  });

  afterAll(async () => {
    await testApp.close();
    removeDatabase(testApp.databasePath);
    rmSync(folder, { recursive: true, force: true });
  });

  it('names the copy backups/rostrum-<UTC timestamp>.sqlite', () => {
    expect(defaultBackupPath(new Date(Date.UTC(2021, 6, 26, 14, 0, 0)))).toBe(join('backups', 'rostrum-2021-07-26T14-00-00-000Z.sqlite'));
  });

  it('copies a consistent database while the server writes, and the copy serves the data once restored', async () => {
    const api = () => request(testApp.app.getHttpServer());
    const bms7 = await seededBms7(testApp);
    const officer = await loginAsOfficer(testApp);
    const meetingId = bms7.meetingId(isFirstPlenary);
    const delegations: { id: number }[] = (await api().get('/api/conferences/bms7/delegations').query({ kind: 'member-state' }).expect(200))
      .body;
    const post = (path: string, body: object) =>
      api().post(`/api/meetings/${meetingId}${path}`).set('Authorization', `Bearer ${officer}`).send(body);
    for (const delegation of delegations.slice(0, 5))
      await post('/speakers', { delegationId: delegation.id, capacity: 'national' }).expect(201);
    const entriesBefore = (await meetingState(testApp, meetingId)).speakers.entries.length;

    // The server keeps inscribing and reordering for as long as the backup runs.
    let backingUp = true;
    const statuses: number[] = [];
    const writing = (async () => {
      for (let next = 5; backingUp && next < delegations.length; next++) {
        statuses.push((await post('/speakers', { delegationId: delegations[next].id, capacity: 'national' })).status);
        const { speakers } = await meetingState(testApp, meetingId);
        const last = waitingOrder(speakers).at(-1)!;
        statuses.push((await post(`/speakers/${last.id}/move`, { position: 1 })).status);
      }
    })();
    const { stdout } = await runBackup(folder, testApp.databasePath).finally(() => (backingUp = false));
    await writing;
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
    const entriesAfter = (await meetingState(testApp, meetingId)).speakers.entries.length;

    const [file] = readdirSync(join(folder, 'backups'));
    expect(file).toMatch(/^rostrum-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.sqlite$/);
    const copyPath = join(folder, 'backups', file);
    expect(stdout).toContain(copyPath);

    // One snapshot: sound, self-contained, and no write half in it (positions 1..n, count in range).
    const copy = await new Promise<Database>((done, fail) => {
      const database = new Database(copyPath, OPEN_READONLY, (error) => (error ? fail(error) : done(database)));
    });
    let copiedIds: number[];
    try {
      expect(await query(copy, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await query(copy, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
      const rows = await query<{ id: number; status: string; position: number | null }>(
        copy,
        'SELECT id, status, position FROM speaker_entry WHERE meetingId = ? ORDER BY position',
        meetingId,
      );
      expect(rows.length).toBeGreaterThanOrEqual(entriesBefore);
      expect(rows.length).toBeLessThanOrEqual(entriesAfter);
      const positions = rows.filter((row) => row.status === 'waiting').map((row) => row.position);
      expect(positions).toEqual(positions.map((_, index) => index + 1));
      copiedIds = rows.map((row) => row.id).sort((a, b) => a - b);
    } finally {
      await new Promise((done) => copy.close(done));
    }

    // Restored (a server started on the copy), it serves what the copy holds.
    const restored = await createTestApp({ databasePath: copyPath });
    try {
      const { speakers } = await meetingState(restored, meetingId);
      expect(speakers.entries.map((entry) => entry.id).sort((a, b) => a - b)).toEqual(copiedIds);
    } finally {
      await restored.close();
    }
  });
});
