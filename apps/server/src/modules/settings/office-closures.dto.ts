import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** A day one office is closed; react-admin's `id` is ignored. */
export class SaveOfficeClosureDto {
  @ApiProperty({ description: 'an id from GET /api/offices' })
  @IsText(36, { message: 'officeId must be an office id from GET /api/offices' })
  officeId: string;

  @ApiProperty({ example: '2022-08-15' })
  @IsCivilDate()
  day: string;

  @ApiProperty({ example: 'Building works' })
  @IsText(200)
  reason: string;

  @Allow() id?: unknown;
}
