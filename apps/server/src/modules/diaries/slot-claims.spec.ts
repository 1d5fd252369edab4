import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { UnitOfWork } from '../../common/unit-of-work';
import { createDataSource } from '../../database/data-source';
import { schedulingBuilders } from '../../testing/scheduling-builders';
import { TestDatabase, testEngines } from '../../testing/test-databases';
import { DiarySessionEntity } from './diary-session.entity';
import { AppointmentOfficerEntity } from './appointment-officer.entity';
import { AvailabilityService } from '../scheduling/availability.service';
import { AppointmentTypesReader } from '../settings/appointment-types.reader';
import { ClosureDaysService } from '../settings/closure-days.service';
import { DiaryTimeRepository } from './diary-time.repository';
import { DiaryTimeService } from './diary-time.service';
import { SlotClaims } from './slot-claims';

/** Friday 1 July 2022, 09:00 in London. */
const NOW = new Date('2022-07-01T08:00:00Z');
const MONDAY = '2022-07-04';

/** An hour from `londonHour` on Monday (British Summer Time: UTC+1). */
function hourFrom(londonHour: number) {
  const startsAt = new Date(Date.UTC(2022, 6, 4, londonHour - 1));
  return { startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60_000) };
}

function failureCode(outcome: PromiseSettledResult<unknown>): string {
  if (outcome.status === 'fulfilled') return 'succeeded';
  return outcome.reason instanceof AppError ? outcome.reason.code : String(outcome.reason);
}

describe.each(testEngines())(`${SlotClaims.name} on %s`, (_engine, createDatabase) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let unitOfWork: UnitOfWork;
  let repository: DiaryTimeRepository;
  let slotClaims: SlotClaims;
  let officeId: string;
  const sessionOf = new Map<string, DiarySessionEntity>();

  beforeEach(async () => {
    database = await createDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
    await dataSource.runMigrations();
    unitOfWork = new UnitOfWork(dataSource);
    repository = new DiaryTimeRepository();
    slotClaims = new SlotClaims(repository);
    const build = schedulingBuilders(dataSource.manager);
    await build.appointmentTypes();
    officeId = (await build.office()).id;
    sessionOf.clear();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Officers, each with a 09:00–12:00 session on Monday. */
  async function officers(count: number): Promise<string[]> {
    const build = schedulingBuilders(dataSource.manager);
    const ids: string[] = [];
    for (let made = 0; made < count; made += 1) {
      const registrar = await build.registrar();
      sessionOf.set(registrar.id, await build.session(registrar.id, officeId, MONDAY));
      ids.push(registrar.id);
    }
    return ids;
  }

  async function saveAppointment(manager: EntityManager, leadId: string, time: { startsAt: Date; endsAt: Date }): Promise<string> {
    return (await schedulingBuilders(manager).appointment(sessionOf.get(leadId)!, time.startsAt, time.endsAt)).id;
  }

  function claimBoth(manager: EntityManager, appointmentId: string, superintendentId: string, registrarId: string, time: { startsAt: Date; endsAt: Date }) {
    const officers = [
      { registrarId: superintendentId, role: 'superintendent-registrar' as const },
      { registrarId, role: 'registrar' as const },
    ];
    return slotClaims.claim(manager, appointmentId, { officers, ...time });
  }

  /** A marriage as the ceremonies will book it: the appointment, then both its officers, in one unit of work. */
  function marry(superintendentId: string, registrarId: string, time: { startsAt: Date; endsAt: Date }): Promise<string> {
    return unitOfWork.run(async (manager) => {
      const appointmentId = await saveAppointment(manager, superintendentId, time);
      await claimBoth(manager, appointmentId, superintendentId, registrarId, time);
      return appointmentId;
    });
  }

  const activeClaimsOf = (registrarId: string) => dataSource.manager.findBy(AppointmentOfficerEntity, { registrarId, active: true });

  it('lets exactly one of 20 concurrent joint claims that share an officer hold the time', async () => {
    const [superintendent, ...registrars] = await officers(21);

    const outcomes = await Promise.allSettled(registrars.map((registrar) => marry(superintendent, registrar, hourFrom(10))));

    const codes = outcomes.map(failureCode);
    expect(codes.filter((code) => code === 'succeeded')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'succeeded')).toEqual(Array(19).fill('slot-unavailable'));
    expect(await activeClaimsOf(superintendent)).toHaveLength(1);
    const winner = registrars[codes.indexOf('succeeded')];
    const stillFree = await Promise.all(registrars.filter((registrar) => registrar !== winner).map(activeClaimsOf));
    expect(stillFree.flat()).toEqual([]);
    expect(await activeClaimsOf(winner)).toHaveLength(1);
  });

  it('finishes both of two joint claims that name the same two diaries in opposite orders', async () => {
    const [first, second] = await officers(2);

    for (let round = 0; round < 6; round += 1) {
      const [early, late] = [hourFrom(9 + round * 2), hourFrom(10 + round * 2)];
      // Saved beforehand, so that each claim's first statements are its diary locks: the tightest race.
      const [firstLed, secondLed] = await unitOfWork.run(async (manager) => [await saveAppointment(manager, first, early), await saveAppointment(manager, second, late)]);

      const outcomes = await Promise.allSettled([
        unitOfWork.run((manager) => claimBoth(manager, firstLed, first, second, early)),
        unitOfWork.run((manager) => claimBoth(manager, secondLed, second, first, late)),
      ]);
      expect(outcomes.map(failureCode)).toEqual(['succeeded', 'succeeded']);
    }
    expect(await activeClaimsOf(first)).toHaveLength(12);
    expect(await activeClaimsOf(second)).toHaveLength(12);
  });

  it('refuses a joint claim when the second officer has a block over the time', async () => {
    const [superintendent, registrar] = await officers(2);
    await schedulingBuilders(dataSource.manager).block(sessionOf.get(registrar)!.id, '2022-07-04T09:30:00Z', '2022-07-04T10:30:00Z');

    await expect(marry(superintendent, registrar, hourFrom(10))).rejects.toMatchObject({ code: 'slot-unavailable' });
    expect(await activeClaimsOf(superintendent)).toEqual([]);
  });

  it("keeps the second officer's time out of the slots residents are offered, until the appointment is released", async () => {
    const [superintendent, registrar] = await officers(2);
    const appointmentId = await marry(superintendent, registrar, hourFrom(10));
    const availability = new AvailabilityService(new DiaryTimeService(repository), new ClosureDaysService());
    const registrarsSlots = () =>
      unitOfWork.read(async (manager) => {
        const type = (await new AppointmentTypesReader().find(manager, 'birth'))!;
        const slots = await availability.slots(manager, { type, from: MONDAY, days: 1, now: NOW, minimumNoticeMinutes: 0 });
        return slots.filter((slot) => slot.registrarId === registrar).map((slot) => slot.startsAt);
      });

    expect(await registrarsSlots()).not.toContain('2022-07-04T09:30:00Z');

    await unitOfWork.run((manager) => slotClaims.release(manager, appointmentId));
    expect(await registrarsSlots()).toContain('2022-07-04T09:30:00Z');
    await expect(marry(registrar, superintendent, hourFrom(10))).resolves.toEqual(expect.any(String));
  });
});
