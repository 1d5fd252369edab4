import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from './data-source';

describe('the SQLite file', () => {
  it('is created, with its folder, readable by its owner only', async () => {
    const root = mkdtempSync(join(tmpdir(), 'regflow-private-'));
    const file = join(root, 'data', 'regflow.sqlite');
    const dataSource = createDataSource({ engine: 'sqlite', file });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE probe (id integer)');
    try {
      expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    } finally {
      await dataSource.destroy();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
