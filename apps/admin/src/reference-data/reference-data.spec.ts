import { describe, expect, it } from 'vitest';
import { aStaffMember } from '../test/builders';
import { diaryKeepers, inServiceOrder } from './reference-data';

describe(diaryKeepers.name, () => {
  it('lists active registrars by name, without managers or former staff', () => {
    const staff = [
      aStaffMember({ id: 'zoe', name: 'Zoe Hill', roles: ['superintendent-registrar'] }),
      aStaffMember({ id: 'mo', name: 'Mo Patel', roles: ['manager'] }),
      aStaffMember({ id: 'gone', name: 'Ann Gone', active: false }),
      aStaffMember({ id: 'amrit', name: 'Amrit Kaur' }),
    ];

    expect(diaryKeepers(staff).map((member) => member.id)).toEqual(['amrit', 'zoe']);
  });
});

describe(inServiceOrder.name, () => {
  it('puts births first, whatever order the server sends', () => {
    expect(inServiceOrder([{ code: 'death' }, { code: 'still-birth' }, { code: 'birth' }] as const).map((type) => type.code)).toEqual(['birth', 'still-birth', 'death']);
  });
});
