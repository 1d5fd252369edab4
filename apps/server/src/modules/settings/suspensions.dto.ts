import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** Online booking of one type switched off from `fromDay` to `toDay` inclusive; react-admin's `id` is ignored. */
export class SaveSuspensionDto {
  @ApiProperty({ example: 'birth', minLength: 1, maxLength: 20, description: `an appointment type code: ${APPOINTMENT_TYPE_CODES.join(', ')} (an unknown one is refused once the suspension is found)` })
  @IsText(20, { message: 'typeCode must be an appointment type code from GET /api/appointment-types' })
  typeCode: AppointmentTypeCode;

  @ApiProperty({ example: '2022-07-04', format: 'date', description: 'the first day of the suspension, yyyy-mm-dd' })
  @IsCivilDate()
  fromDay: string;

  @ApiProperty({ example: '2022-07-08', format: 'date', description: 'the last day of the suspension, yyyy-mm-dd, on or after fromDay' })
  @IsCivilDate()
  toDay: string;

  @ApiProperty({ example: 'Birth registrations cannot be booked online this week: call 01905 765432.', description: 'what residents see instead of booking', minLength: 1, maxLength: 1000 })
  @IsText(1000)
  message: string;

  @Allow() id?: unknown;
}
