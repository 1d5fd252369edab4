import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** Lints `code` as if it were the file at `path` (from the repository root), as `npm run lint` would. */
function lint(path: string, code: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path], {
    cwd: ROOT,
    input: code,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the module-boundaries lint rule', () => {
  it("fails a module that imports another module's entity, naming the service to call instead", () => {
    const linted = lint(
      'apps/server/src/modules/compliance/offices-by-name.ts',
      "import { OfficeEntity } from '../settings/office.entity';\n\nexport const officeTable = OfficeEntity;\n",
    );

    expect(linted.status).toBe(1);
    expect(linted.output).toContain("the compliance module may not import office.entity: settings's tables are its own, so call a method of settings's service instead");
  });

  it("fails a module that imports another module's repository", () => {
    const linted = lint(
      'apps/server/src/modules/notifications/diary-reader.ts',
      "import { DiaryTimeRepository } from '../diaries/diary-time.repository';\n\nexport const reader = DiaryTimeRepository;\n",
    );

    expect(linted.status).toBe(1);
    expect(linted.output).toContain('the notifications module may not import diary-time.repository');
  });

  it("passes a module's own entities, another module's service, and specs that build rows of any module", () => {
    expect(lint('apps/server/src/modules/settings/office-names.ts', "import { OfficeEntity } from './office.entity';\n\nexport const table = OfficeEntity;\n").status).toBe(0);
    expect(
      lint('apps/server/src/modules/compliance/office-names.ts', "import { OfficesDirectory } from '../settings/offices.directory';\n\nexport const directory = OfficesDirectory;\n").status,
    ).toBe(0);
    expect(
      lint('apps/server/src/modules/compliance/offices.spec.ts', "import { OfficeEntity } from '../settings/office.entity';\n\nexport const table = OfficeEntity;\n").status,
    ).toBe(0);
  });
});
