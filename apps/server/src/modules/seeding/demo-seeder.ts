import { serviceDay } from '@regflow/calendar';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../../common/security/password-hasher';
import { UnitOfWork } from '../../common/unit-of-work';
import { OfficeEntity } from '../settings/office.entity';
import { AppointmentTypeEntity } from '../settings/appointment-type.entity';
import { defaultAppointmentTypes } from '../settings/appointment-types.seed';
import { seedAppointments } from './appointments.seed';
import { seedHistory, seedReferences } from './references.seed';
import { idFor, loadDemoData } from './demo-data';
import { DemoRandom } from './demo-random';
import { seedDiary } from './diary.seed';
import { seedOffices } from './offices.seed';
import { DemoCredential, seedStaff } from './staff.seed';

export interface SeedSkipped {
  readonly skipped: string;
}

export interface SeedCompleted {
  readonly offices: number;
  readonly staff: number;
  readonly templates: number;
  readonly sessions: number;
  readonly appointments: number;
  /** Past events behind DOMAIN.md's published figures, for the compliance reports. */
  readonly historicalEvents: number;
  /** Shown to whoever ran the seed, once: nothing else records the passwords. */
  readonly credentials: readonly DemoCredential[];
}

export type SeedReport = SeedSkipped | SeedCompleted;

export const DIARY_WEEKS = 8;
export const ALREADY_SEEDED = 'the database already has offices';

/** The appointment types the database lacks are added; ones a manager has changed are kept. */
async function ensureAppointmentTypes(manager: EntityManager): Promise<AppointmentTypeEntity[]> {
  const existing = await manager.find(AppointmentTypeEntity);
  const missing = defaultAppointmentTypes().filter((type) => !existing.some((known) => known.code === type.code));
  if (missing.length > 0) await manager.insert(AppointmentTypeEntity, missing);
  return [...existing, ...missing];
}

/**
 * Fills an empty database with a working demo: offices, staff with generated passwords, the rota,
 * eight weeks of diary from today and a realistic spread of bookings, all in one transaction.
 */
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly now: Date,
    private readonly random: () => number,
  ) {}

  /** `starting` is told when the database is empty and seeding begins (it takes a while). */
  seed(starting: () => void = () => undefined): Promise<SeedReport> {
    const data = loadDemoData();
    const random = new DemoRandom(this.random);
    return new UnitOfWork(this.dataSource).run(async (manager): Promise<SeedReport> => {
      if ((await manager.count(OfficeEntity)) > 0) return { skipped: ALREADY_SEEDED };
      starting();
      const types = await ensureAppointmentTypes(manager);
      const officeIds = await seedOffices(manager, data.offices, this.now);
      const staff = await seedStaff(manager, this.hasher, data.staff, officeIds, random, this.now);
      const diary = await seedDiary(manager, data.rota, staff.ids, officeIds, serviceDay(this.now), DIARY_WEEKS);
      const appointments = await seedAppointments(manager, { sessions: diary.sessions, types, residents: data.residents, random, now: this.now });
      const enteredBy = data.staff.find((member) => member.roles.includes('manager')) ?? data.staff[0];
      await seedReferences(manager, data.references, idFor(staff.ids, enteredBy.email), this.now);
      const history = await seedHistory(manager, data.history);
      return {
        offices: officeIds.size,
        staff: staff.credentials.length,
        templates: diary.templates,
        sessions: diary.sessions.length,
        appointments,
        historicalEvents: history,
        credentials: staff.credentials,
      };
    });
  }
}
