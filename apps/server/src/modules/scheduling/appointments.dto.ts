import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EMAIL_MAX_LENGTH, TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import { isDateOfDeathMissing } from '@regflow/domain';
import { Type } from 'class-transformer';
import { Allow, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { civilDateMessage, IsCivilDate } from '../../common/validation/civil-date.validator';
import { APPOINTMENT_STATUSES, AppointmentStatus } from './appointment.entity';
import type { StaffAvailabilityQuery } from './appointments.service';
import { availabilityQueryOf, CreateBookingDto, IsContactEmail, ListAvailabilityQuery, ResidentDto } from './public-bookings.dto';

const STAFF_CHANNELS = ['phone', 'walk-in'] as const;

export const DATE_OF_DEATH_REQUIRED = 'give the date of death (eventDate, yyyy-mm-dd), or dateOfDeathUnknown: true when the informant does not know it';

/** Many callers have no email address, some no telephone number either: staff may book them with neither, and then nothing is sent. */
export class StaffResidentDto extends ResidentDto {
  @ApiPropertyOptional({ example: 'aled@example.org', format: 'email', maxLength: EMAIL_MAX_LENGTH, description: 'optional: with none, nothing is emailed' })
  @IsContactEmail({ contactRequired: false })
  declare email?: string;

  @ApiPropertyOptional({ example: '07700 900123', pattern: TELEPHONE_NUMBER_PATTERN.source, description: 'optional: text messages go to it only where GOV.UK Notify is configured' })
  declare phone?: string;
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A death booked with no date of death, and not said to be unknown. */
function dateOfDeathUnanswered(dto: CreateAppointmentDto): boolean {
  return isDateOfDeathMissing({ type: dto.type, eventDate: dto.eventDate }) && dto.dateOfDeathUnknown !== true;
}

function dateOfDeathUnknownProblem(dto: CreateAppointmentDto): string | undefined {
  if (dto.dateOfDeathUnknown !== true) return undefined;
  if (dto.type !== 'death') return 'dateOfDeathUnknown is for death registrations only: leave it out';
  return isGiven(dto.eventDate) ? 'give eventDate or dateOfDeathUnknown: true, not both' : undefined;
}

/** A booking staff make for a resident on the telephone or at the counter. */
export class CreateAppointmentDto extends CreateBookingDto {
  @ApiProperty({ enum: STAFF_CHANNELS })
  @IsIn(STAFF_CHANNELS, { message: `channel must be one of ${STAFF_CHANNELS.join(', ')}` })
  channel: (typeof STAFF_CHANNELS)[number];

  @ApiProperty({ type: StaffResidentDto })
  @ValidateNested()
  @Type(() => StaffResidentDto)
  @IsNotEmpty({ message: 'resident is required, with at least a name' })
  declare resident: StaffResidentDto;

  @ApiPropertyOptional({ description: 'date of the birth or death, yyyy-mm-dd, not after today; a death needs it unless dateOfDeathUnknown is true', format: 'date' })
  @ValidateIf((dto: CreateAppointmentDto, value: unknown) => isGiven(value) || dateOfDeathUnanswered(dto))
  @IsCivilDate({ message: (args) => (isGiven(args.value) ? civilDateMessage(args.property) : DATE_OF_DEATH_REQUIRED) })
  declare eventDate?: string;

  @ApiPropertyOptional({ default: false, description: 'death: the informant does not know the date of death. Booked without eventDate, the request is flagged eventDateMissing for follow-up' })
  @IsOptional()
  @IsBoolean({ message: 'dateOfDeathUnknown must be true or false' })
  @ValidateBy({
    name: 'isDateOfDeathUnknownAllowed',
    validator: {
      validate: (_value: unknown, args) => dateOfDeathUnknownProblem(args!.object as CreateAppointmentDto) === undefined,
      defaultMessage: (args) => dateOfDeathUnknownProblem(args!.object as CreateAppointmentDto) ?? '',
    },
  })
  dateOfDeathUnknown?: boolean;
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
  @Allow() requestId?: unknown;
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
  @Allow() statusChangedAt?: unknown;
  @Allow() statusUndoable?: unknown;
}

const MOVING_TAKES_OWN_LENGTH = 'leave out babies and tellUsOnce with moving: the slots are as long as the appointment being moved';

/** `GET /api/availability`: what residents may ask, and `moving`, the appointment a registrar is moving. */
export class ListStaffAvailabilityQuery extends ListAvailabilityQuery {
  @ApiPropertyOptional({
    description: 'an appointment id: the times its move would take (POST /api/appointments/:id/move), as if its own time were free and each as long as it is',
    maxLength: 36,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'moving must be the id of the appointment being moved' })
  @MaxLength(36, { message: 'moving must be the id of the appointment being moved' })
  @ValidateBy({
    name: 'isMovingAtItsOwnLength',
    validator: {
      validate: (_value: unknown, args) => {
        const query = args!.object as ListStaffAvailabilityQuery;
        return query.babies === undefined && query.tellUsOnce === undefined;
      },
      defaultMessage: () => MOVING_TAKES_OWN_LENGTH,
    },
  })
  moving?: string;
}

export function staffAvailabilityQueryOf(query: ListStaffAvailabilityQuery): StaffAvailabilityQuery {
  return { ...availabilityQueryOf(query), ...(query.moving ? { movingId: query.moving } : {}) };
}
