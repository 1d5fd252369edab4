import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** A day one office is closed; react-admin's `id` is ignored. */
export class SaveOfficeClosureDto {
  @ApiProperty({ description: 'an id from GET /api/offices', minLength: 1, maxLength: 36 })
  @IsText(36, { message: 'officeId must be an office id from GET /api/offices' })
  officeId: string;

  @ApiProperty({ example: '2022-08-15', format: 'date', description: 'yyyy-mm-dd' })
  @IsCivilDate()
  day: string;

  @ApiProperty({ example: 'Building works', minLength: 1, maxLength: 200 })
  @IsText(200)
  reason: string;

  @Allow() id?: unknown;
}
