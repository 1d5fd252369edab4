import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode, EMAIL_MAX_LENGTH, isEmailAddress, RESIDENT_NAME_MAX_LENGTH, RESIDENT_NAME_PATTERN, TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import type { AvailabilityQuery } from './public-scheduling.service';
import { CONTACT_REQUIRED, EMAIL_INVALID } from './scheduling.errors';

const BABIES_MESSAGE = 'babies must be a whole number from 1 to 6';
const TYPE_MESSAGE = `type must be one of ${APPOINTMENT_TYPE_CODES.join(', ')}`;

/**
 * What is wrong with `resident.email`, if anything. `contactRequired` (online): optional when
 * `resident.phone` is given, else required. Staff may book a resident with neither.
 */
function emailProblem(email: unknown, resident: ResidentDto, contactRequired: boolean): string | undefined {
  if (email === undefined || email === null) return contactRequired && (resident.phone === undefined || resident.phone === null) ? CONTACT_REQUIRED : undefined;
  if (typeof email === 'string' && email.length > EMAIL_MAX_LENGTH) return `resident.email must be ${EMAIL_MAX_LENGTH} characters or fewer`;
  return typeof email === 'string' && isEmailAddress(email) ? undefined : EMAIL_INVALID;
}

/** One check, so one message: a missing email only matters when a contact is required and there is no phone either. */
export function IsContactEmail({ contactRequired }: { readonly contactRequired: boolean }): PropertyDecorator {
  return ValidateBy({
    name: 'isContactEmail',
    validator: {
      validate: (value: unknown, args) => emailProblem(value, args!.object as ResidentDto, contactRequired) === undefined,
      defaultMessage: (args) => emailProblem(args!.value, args!.object as ResidentDto, contactRequired) ?? '',
    },
  });
}

export class ListAvailabilityQuery {
  @ApiProperty({ enum: APPOINTMENT_TYPE_CODES })
  @IsIn(APPOINTMENT_TYPE_CODES, { message: TYPE_MESSAGE })
  type: AppointmentTypeCode;

  @ApiProperty({ example: '2022-07-04', format: 'date', description: 'the first day, yyyy-mm-dd' })
  @IsCivilDate()
  from: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 28, default: 14, description: 'how many days from `from`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number from 1 to 28' })
  @Min(1, { message: 'days must be a whole number from 1 to 28' })
  @Max(28, { message: 'days must be a whole number from 1 to 28' })
  days: number = 14;

  @ApiPropertyOptional({ description: 'an office id: only that office’s slots', maxLength: 36 })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  office?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 6, default: 1, description: 'babies registered in the one appointment: only times the longer appointment fits' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: BABIES_MESSAGE })
  @Min(1, { message: BABIES_MESSAGE })
  @Max(6, { message: BABIES_MESSAGE })
  babies?: number;

  @ApiPropertyOptional({ type: 'boolean', default: false, description: 'a death with Tell Us Once: only times the longer appointment fits' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'tellUsOnce must be true or false' })
  tellUsOnce?: boolean;
}

export class ResidentDto {
  @ApiProperty({ example: 'Aled Jones', minLength: 1, maxLength: RESIDENT_NAME_MAX_LENGTH, pattern: RESIDENT_NAME_PATTERN.source, description: 'letters of any script, spaces, apostrophes, hyphens and full stops' })
  @IsString()
  @IsNotEmpty({ message: 'resident.name is required' })
  @MaxLength(RESIDENT_NAME_MAX_LENGTH, { message: `resident.name must be ${RESIDENT_NAME_MAX_LENGTH} characters or fewer` })
  @Matches(RESIDENT_NAME_PATTERN, { message: 'resident.name may contain letters, spaces, apostrophes, hyphens and full stops only' })
  name: string;

  @ApiPropertyOptional({ example: 'aled@example.org', format: 'email', maxLength: EMAIL_MAX_LENGTH, description: 'required unless phone is given: the confirmation goes to at least one of them' })
  @IsContactEmail({ contactRequired: true })
  email?: string;

  @ApiPropertyOptional({ example: '07700 900123', pattern: TELEPHONE_NUMBER_PATTERN.source, description: 'required unless email is given' })
  @IsOptional()
  @Matches(TELEPHONE_NUMBER_PATTERN, { message: 'resident.phone must be a telephone number of digits, spaces and + ( ) -' })
  phone?: string;
}

export class CreateBookingDto {
  @ApiProperty({ description: 'a slot id from GET /api/public/availability', minLength: 1, maxLength: 120 })
  @IsString()
  @IsNotEmpty({ message: 'slotId is required' })
  @MaxLength(120, { message: 'slotId is not one from GET /api/public/availability' })
  slotId: string;

  @ApiProperty({ enum: APPOINTMENT_TYPE_CODES })
  @IsIn(APPOINTMENT_TYPE_CODES, { message: TYPE_MESSAGE })
  type: AppointmentTypeCode;

  @ApiProperty({ type: ResidentDto })
  @ValidateNested()
  @Type(() => ResidentDto)
  @IsNotEmpty({ message: 'resident is required, with a name and an email address or telephone number' })
  resident: ResidentDto;

  @ApiPropertyOptional({ description: 'date of the birth or death, yyyy-mm-dd', format: 'date' })
  @IsOptional()
  @IsCivilDate()
  eventDate?: string;

  @ApiPropertyOptional({ description: 'still-birth: when the certificate of still-birth was in place (ISO 8601 instant)', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'paperworkReadyAt must be an ISO 8601 date and time, e.g. 2022-07-04T09:00:00Z' })
  paperworkReadyAt?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 6, default: 1 })
  @IsOptional()
  @IsInt({ message: BABIES_MESSAGE })
  @Min(1, { message: BABIES_MESSAGE })
  @Max(6, { message: BABIES_MESSAGE })
  babies?: number;

  @ApiPropertyOptional({ default: false, description: 'death: the informant wants Tell Us Once (a longer appointment)' })
  @IsOptional()
  @IsBoolean({ message: 'tellUsOnce must be true or false' })
  tellUsOnce?: boolean;
}

export class RescheduleBookingDto {
  @ApiProperty({ description: 'the new slot, from GET /api/public/availability', minLength: 1, maxLength: 120 })
  @IsString()
  @IsNotEmpty({ message: 'slotId is required' })
  @MaxLength(120, { message: 'slotId is not one from GET /api/public/availability' })
  slotId: string;
}

export class ManageBookingQuery {
  @ApiProperty({ description: 'the token from the link in the confirmation', minLength: 1, maxLength: 100 })
  @IsString()
  @IsNotEmpty({ message: 'token is required: use the link in your confirmation' })
  @MaxLength(100, { message: 'token is not valid: use the link in your confirmation' })
  token: string;
}

/** What the availability services are asked, from the query string. */
export function availabilityQueryOf(query: ListAvailabilityQuery): AvailabilityQuery {
  return {
    typeCode: query.type,
    from: query.from,
    days: query.days,
    ...(query.office ? { officeId: query.office } : {}),
    ...(query.babies || query.tellUsOnce ? { length: { babies: query.babies ?? 1, tellUsOnce: query.tellUsOnce ?? false } } : {}),
  };
}
