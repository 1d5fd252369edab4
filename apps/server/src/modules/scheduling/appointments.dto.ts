import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPOINTMENT_STATUSES, AppointmentStatus } from './appointment.entity';
import { CreateBookingDto } from './public-bookings.dto';

const STAFF_CHANNELS = ['phone', 'walk-in'] as const;

/** A booking staff make for a resident on the telephone or at the counter. */
export class CreateAppointmentDto extends CreateBookingDto {
  @ApiProperty({ enum: STAFF_CHANNELS })
  @IsIn(STAFF_CHANNELS, { message: `channel must be one of ${STAFF_CHANNELS.join(', ')}` })
  channel: (typeof STAFF_CHANNELS)[number];
}

export class MoveAppointmentDto {
  @ApiProperty({ description: 'the new slot, from GET /api/availability', minLength: 1, maxLength: 120 })
  @IsString()
  @IsNotEmpty({ message: 'slotId is required' })
  @MaxLength(120, { message: 'slotId is not one from GET /api/availability' })
  slotId: string;
}

/** What staff may change on an appointment; the other fields react-admin sends back are ignored. */
export class UpdateAppointmentDto {
  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES, { message: `status must be one of ${APPOINTMENT_STATUSES.join(', ')}` })
  status?: AppointmentStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
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
