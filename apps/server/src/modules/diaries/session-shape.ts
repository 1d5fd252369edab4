import { AppointmentTypeCode } from '@regflow/contracts';
import { Column, PrimaryColumn } from 'typeorm';
import { codeList } from '../../database/columns';

/** What a diary session and a rota template both hold: who, where, when in the day, open to which types. */
export abstract class SessionShape {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'registrar_id', type: 'varchar', length: 36 })
  registrarId: string;

  /** null: a telephone session. */
  @Column({ name: 'office_id', type: 'varchar', length: 36, nullable: true })
  officeId: string | null;

  /** `HH:mm`, London wall-clock time. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ name: 'accepted_types', type: 'varchar', length: 120, transformer: codeList })
  acceptedTypes: AppointmentTypeCode[];
}
