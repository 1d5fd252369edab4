import { CivilDate, formatCivilDate, parseCivilDate } from '@regflow/calendar';
import { birthRegistrationDueBy } from './messages/reminder-plan';

/**
 * Where a birth stands against the law on a given day: registered by a registrar within 42 days;
 * late after that; from 3 months a superintendent registrar must attend; after 12 months only with
 * the Registrar General's authority, which cannot be booked online.
 */
export type BirthRegistrationWindow = 'in-time' | 'late' | 'superintendent-registrar' | 'registrar-general';

export function birthRegistrationWindow(bornOn: CivilDate, today: CivilDate): BirthRegistrationWindow {
  if (today <= birthRegistrationDueBy(bornOn)) return 'in-time';
  const born = parseCivilDate(bornOn);
  if (today <= formatCivilDate(born.plus({ months: 3 }))) return 'late';
  return today <= formatCivilDate(born.plus({ months: 12 })) ? 'superintendent-registrar' : 'registrar-general';
}

/** Whether a birth on `bornOn` may still be booked online on `today`. */
export function birthBookableOnline(bornOn: CivilDate, today: CivilDate): boolean {
  return birthRegistrationWindow(bornOn, today) !== 'registrar-general';
}
