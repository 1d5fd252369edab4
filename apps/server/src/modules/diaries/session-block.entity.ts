import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../../database/columns';

/** Time inside a session that cannot be booked: leave, training. */
@Entity('session_blocks')
export class SessionBlockEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @InstantColumn('starts_at')
  startsAt: Date;

  @InstantColumn('ends_at')
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  reason: string;
}
