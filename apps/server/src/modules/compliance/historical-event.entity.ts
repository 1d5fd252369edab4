import { AppointmentTypeCode } from '@regflow/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CivilDateColumn, InstantColumn } from '../../database/columns';

/** An event imported from a council's old system (`regflow import events`), scored with the requests made here. */
@Entity('historical_events')
export class HistoricalEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The id the old system gave it, unique: importing a file twice adds nothing. */
  @Column({ name: 'source_id', type: 'varchar', length: 100 })
  sourceId: string;

  @Column({ type: 'varchar', length: 20 })
  type: AppointmentTypeCode;

  /** The service day it is ordered by: the request's, else the registration's, else the appointment's. */
  @CivilDateColumn('service_day')
  serviceDay: string;

  @InstantColumn('requested_at', { nullable: true })
  requestedAt: Date | null;

  @InstantColumn('paperwork_ready_at', { nullable: true })
  paperworkReadyAt: Date | null;

  /** The target the old system held the request to; null: DOMAIN.md's target for the type. */
  @Column({ name: 'target_working_days', type: 'integer', nullable: true })
  targetWorkingDays: number | null;

  @InstantColumn('first_offer_at', { nullable: true })
  firstOfferAt: Date | null;

  @InstantColumn('appointment_at', { nullable: true })
  appointmentAt: Date | null;

  @CivilDateColumn('event_date', { nullable: true })
  eventDate: string | null;

  @InstantColumn('registered_at', { nullable: true })
  registeredAt: Date | null;

  @Column({ name: 'coroner_referred', type: 'boolean', default: false })
  coronerReferred: boolean;

  /** The service days of the instants above, so the scorecard can count events a day at a time in SQL. */
  @CivilDateColumn('requested_day', { nullable: true })
  requestedDay: string | null;

  @CivilDateColumn('paperwork_day', { nullable: true })
  paperworkDay: string | null;

  /** The first offer's day, or else the appointment's: what the appointment indicators score. */
  @CivilDateColumn('offered_day', { nullable: true })
  offeredDay: string | null;

  @CivilDateColumn('appointment_day', { nullable: true })
  appointmentDay: string | null;

  @CivilDateColumn('registered_day', { nullable: true })
  registeredDay: string | null;
}
