import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUniquenessClash } from '../../common/errors/constraint-violation';
import { AppointmentOfficerEntity, OfficerRole } from './appointment-officer.entity';
import { diariesErrors } from './diaries.errors';
import { lockDiaries } from './diary-lock';
import { DiaryTimeRepository } from './diary-time.repository';

export interface Officer {
  readonly registrarId: string;
  readonly role: OfficerRole;
}

/** What bulk-inserted single-officer appointments tell of their officer. */
export interface LeadOfficerAppointment {
  readonly id: string;
  readonly registrarId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly status: string;
}

const OFFICERS_PER_INSERT = 200;

/**
 * Records the lead officer of each single-officer appointment inserted in bulk, without the diary
 * locks: for the demo seed, which plans its bookings into free time itself.
 */
export async function recordLeadOfficers(manager: EntityManager, appointments: readonly LeadOfficerAppointment[]): Promise<void> {
  const rows = appointments.map(({ id, registrarId, startsAt, endsAt, status }): AppointmentOfficerEntity => ({
    appointmentId: id,
    registrarId,
    role: 'registrar',
    startsAt,
    endsAt,
    active: status !== 'cancelled',
  }));
  for (let start = 0; start < rows.length; start += OFFICERS_PER_INSERT) await manager.insert(AppointmentOfficerEntity, rows.slice(start, start + OFFICERS_PER_INSERT));
}

/** The officers an appointment needs, all of them for the whole of [startsAt, endsAt). */
export interface SlotClaim {
  readonly officers: readonly Officer[];
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/**
 * Holds officers' diaries for appointments. Every claim takes its diaries' locks in registrar-id
 * order, then checks, then writes one row per officer: the lock makes the check see every claim
 * committed before it and keeps the next one out until this one commits, and the fixed order means
 * two joint claims over the same diaries queue instead of deadlocking. On PostgreSQL an exclusion
 * constraint on the officers' rows backs the check up.
 */
@Injectable()
export class SlotClaims {
  constructor(private readonly repository: DiaryTimeRepository) {}

  /** Takes the diaries' locks, in the one order: call it before reading what a claim will be checked against. */
  lock(manager: EntityManager, registrarIds: readonly string[]): Promise<void> {
    return lockDiaries(manager, registrarIds);
  }

  /**
   * Gives the appointment (already saved in this unit of work) exactly these officers for
   * [startsAt, endsAt), replacing any it held; refuses with `slot-unavailable` when a block or
   * another active appointment overlaps any officer's time.
   */
  async claim(manager: EntityManager, appointmentId: string, claim: SlotClaim): Promise<void> {
    const registrarIds = claim.officers.map((officer) => officer.registrarId);
    if (registrarIds.length === 0 || new Set(registrarIds).size !== registrarIds.length) {
      throw diariesErrors.officersNotDistinct(registrarIds);
    }
    await this.lock(manager, registrarIds);
    const busy = await this.repository.busyOfficers(manager, registrarIds, claim.startsAt, claim.endsAt, appointmentId);
    if (busy.size > 0) throw diariesErrors.slotUnavailable();
    try {
      await this.repository.replaceOfficers(
        manager,
        appointmentId,
        claim.officers.map((officer) => ({ appointmentId, ...officer, startsAt: claim.startsAt, endsAt: claim.endsAt, active: true })),
      );
    } catch (error) {
      throw isUniquenessClash(error) ? diariesErrors.slotUnavailable() : error;
    }
  }

  /** The officers an active appointment holds. */
  async officersOf(manager: EntityManager, appointmentId: string): Promise<Officer[]> {
    return (await this.repository.findActiveOfficers(manager, appointmentId)).map(({ registrarId, role }) => ({ registrarId, role }));
  }

  /**
   * Moves an appointment holding `held` to [startsAt, endsAt), its lead officer from `lead.from`'s
   * diary to `lead.to`'s; the other officers keep their places at the new time.
   */
  move(manager: EntityManager, appointmentId: string, held: readonly Officer[], lead: { from: string; to: string }, startsAt: Date, endsAt: Date): Promise<void> {
    const others = held.filter((officer) => officer.registrarId !== lead.from && officer.registrarId !== lead.to);
    const role = held.find((officer) => officer.registrarId === lead.from)?.role ?? 'registrar';
    return this.claim(manager, appointmentId, { officers: [{ registrarId: lead.to, role }, ...others], startsAt, endsAt });
  }

  /** Whether an active appointment holds the officer at any moment of [startsAt, endsAt). */
  async isHeld(manager: EntityManager, registrarId: string, startsAt: Date, endsAt: Date): Promise<boolean> {
    return (await this.repository.officersHeldBetween(manager, [registrarId], startsAt, endsAt)).length > 0;
  }

  /** Frees every officer of a cancelled appointment. */
  release(manager: EntityManager, appointmentId: string): Promise<void> {
    return this.repository.releaseOfficers(manager, appointmentId);
  }
}
