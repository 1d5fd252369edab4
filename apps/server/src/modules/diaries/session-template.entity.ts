import { Column, Entity } from 'typeorm';
import { SessionShape } from './session-shape';

/** One session of a registrar's weekly rota; sessions are opened from it for weeks ahead. */
@Entity('session_templates')
export class SessionTemplateEntity extends SessionShape {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'integer' })
  weekday: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
