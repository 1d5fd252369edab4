import { ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPOINTMENT_STATUSES, AppointmentStatus } from './appointment.entity';

/** What staff may change on an appointment; the other fields react-admin sends back are ignored. */
export class UpdateAppointmentDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES, { message: `status must be one of ${APPOINTMENT_STATUSES.join(', ')}` })
  status?: AppointmentStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'notes must be 2000 characters or fewer' })
  notes?: string | null;

  @Allow() id?: unknown;
  @Allow() reference?: unknown;
  @Allow() type?: unknown;
  @Allow() registrarId?: unknown;
  @Allow() officeId?: unknown;
  @Allow() sessionId?: unknown;
  @Allow() mode?: unknown;
  @Allow() startsAt?: unknown;
  @Allow() endsAt?: unknown;
  @Allow() residentName?: unknown;
  @Allow() residentEmail?: unknown;
  @Allow() residentPhone?: unknown;
  @Allow() registeredAt?: unknown;
  @Allow() createdAt?: unknown;
}
