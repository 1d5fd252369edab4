import type { StaffRole } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { keepsDiary, seesEveryDiary } from './access';

describe('diaries by role', () => {
  it.each<[readonly StaffRole[], boolean, boolean]>([
    [['registrar'], true, false],
    [['superintendent-registrar'], true, false],
    [['manager'], false, true],
    [['admin'], false, true],
    [['manager', 'registrar'], true, true],
  ])('%j: keeps a diary %s, sees every diary %s (as the server lets managers and admins change any)', (roles, keeps, seesEvery) => {
    expect(keepsDiary(roles)).toBe(keeps);
    expect(seesEveryDiary(roles)).toBe(seesEvery);
  });
});
