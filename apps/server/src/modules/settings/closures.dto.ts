import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** A day the whole service is closed; react-admin's `id` is ignored. */
export class SaveClosureDto {
  @ApiProperty({ example: '2022-12-27', format: 'date', description: 'yyyy-mm-dd' })
  @IsCivilDate()
  day: string;

  @ApiProperty({ example: 'Christmas bank holiday', minLength: 1, maxLength: 200 })
  @IsText(200)
  reason: string;

  @Allow() id?: unknown;
}
