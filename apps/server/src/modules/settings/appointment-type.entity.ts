import { AppointmentTypeCode } from '@regflow/contracts';
import { AppointmentMode } from '@regflow/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { codeList, jsonText } from '../../database/columns';


/** An appointment type as the service runs it; managers may change durations and targets. */
@Entity('appointment_types')
export class AppointmentTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: AppointmentTypeCode;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'target_working_days', type: 'integer' })
  targetWorkingDays: number;

  @Column({ type: 'varchar', length: 40, transformer: codeList })
  modes: AppointmentMode[];

  @Column({ name: 'online_bookable', type: 'boolean', default: false })
  onlineBookable: boolean;

  @Column({ name: 'documents_to_bring', type: 'text', transformer: jsonText })
  documentsToBring: string[];

  @Column({ name: 'extra_minutes_per_extra_baby', type: 'integer', default: 0 })
  extraMinutesPerExtraBaby: number;

  @Column({ name: 'extra_minutes_for_tell_us_once', type: 'integer', default: 0 })
  extraMinutesForTellUsOnce: number;

  /** How long before a slot online booking closes. */
  @Column({ name: 'minimum_notice_minutes', type: 'integer', default: 60 })
  minimumNoticeMinutes: number;

  /** How many calendar days ahead residents may book. */
  @Column({ name: 'horizon_days', type: 'integer', default: 56 })
  horizonDays: number;

  /** Residents' reminder: this many working days before the appointment (0: none), at `reminderTime` London. */
  @Column({ name: 'reminder_working_days_before', type: 'integer', default: 1 })
  reminderWorkingDaysBefore: number;

  @Column({ name: 'reminder_time', type: 'varchar', length: 5, default: '10:00' })
  reminderTime: string;
}
