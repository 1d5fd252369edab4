import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WALL_CLOCK_PATTERN } from '@regflow/calendar';
import { APPOINTMENT_MODES, AppointmentMode } from '@regflow/domain';
import { Allow, ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, Matches, ValidateBy } from 'class-validator';
import { IsText } from './text.validator';

/** A whole number from `min` to `max`: one check, so one message naming the field. */
function WholeNumber(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'wholeNumber',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: (args) => `${args?.property} must be a whole number from ${min} to ${max}`,
    },
  });
}

/** How the service runs one appointment type; react-admin's `id` and `code` are ignored (codes are fixed). */
export class UpdateAppointmentTypeDto {
  @ApiProperty({ example: 'Birth registration', minLength: 1, maxLength: 80 })
  @IsText(80)
  name: string;

  @ApiProperty({ type: 'integer', minimum: 5, maximum: 240 })
  @WholeNumber(5, 240)
  durationMinutes: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 30, description: 'the target for the first offer, in working days' })
  @WholeNumber(0, 30)
  targetWorkingDays: number;

  @ApiProperty()
  @IsBoolean({ message: 'onlineBookable must be true or false' })
  onlineBookable: boolean;

  @ApiProperty({ enum: APPOINTMENT_MODES, isArray: true, minItems: 1, uniqueItems: true })
  @IsArray({ message: `modes must be a list of ${APPOINTMENT_MODES.join(', ')}` })
  @ArrayNotEmpty({ message: 'modes must name at least one mode' })
  @ArrayUnique({ message: 'modes must not repeat a mode' })
  @IsIn(APPOINTMENT_MODES, { each: true, message: `modes may contain ${APPOINTMENT_MODES.join(', ')}` })
  modes: AppointmentMode[];

  @ApiProperty({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 20, description: 'what residents should bring, at most 20 items' })
  @IsArray({ message: 'documentsToBring must be a list of text' })
  @ArrayMaxSize(20, { message: 'documentsToBring must have at most 20 items' })
  @IsText(200, { each: true, message: 'documentsToBring must each be text of 1 to 200 characters, not only spaces' })
  documentsToBring: string[];

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 120 })
  @WholeNumber(0, 120)
  extraMinutesPerExtraBaby: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 120 })
  @WholeNumber(0, 120)
  extraMinutesForTellUsOnce: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10080, description: 'how long before a slot online booking closes' })
  @WholeNumber(0, 10080)
  minimumNoticeMinutes: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 366, description: 'how many calendar days ahead residents may book' })
  @WholeNumber(1, 366)
  horizonDays: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 5, description: 'residents are reminded this many working days before (0: no reminder)' })
  @IsOptional()
  @WholeNumber(0, 5)
  reminderWorkingDaysBefore?: number;

  @ApiPropertyOptional({ example: '10:00', description: 'the London time reminders go out, HH:mm', pattern: WALL_CLOCK_PATTERN.source })
  @IsOptional()
  @Matches(WALL_CLOCK_PATTERN, { message: 'reminderTime must be HH:mm, e.g. 10:00' })
  reminderTime?: string;

  @Allow() id?: unknown;
  @Allow() code?: unknown;
}
