import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** Online booking of one type switched off from `fromDay` to `toDay` inclusive; react-admin's `id` is ignored. */
export class SaveSuspensionDto {
  @ApiProperty({ enum: APPOINTMENT_TYPE_CODES })
  @IsText(20, { message: 'typeCode must be an appointment type code from GET /api/appointment-types' })
  typeCode: AppointmentTypeCode;

  @ApiProperty({ example: '2022-07-04' })
  @IsCivilDate()
  fromDay: string;

  @ApiProperty({ example: '2022-07-08', description: 'the last day of the suspension, on or after fromDay' })
  @IsCivilDate()
  toDay: string;

  @ApiProperty({ example: 'Birth registrations cannot be booked online this week: call 01905 765432.', description: 'what residents see instead of booking' })
  @IsText(1000)
  message: string;

  @Allow() id?: unknown;
}
