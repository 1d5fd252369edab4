import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { IsText } from './text.validator';

/** A day the whole service is closed; react-admin's `id` is ignored. */
export class SaveClosureDto {
  @ApiProperty({ example: '2022-12-27' })
  @IsCivilDate()
  day: string;

  @ApiProperty({ example: 'Christmas bank holiday' })
  @IsText(200)
  reason: string;

  @Allow() id?: unknown;
}
