import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';

export class GenerateSessionsDto {
  @ApiProperty({ example: '2022-07-04', description: 'the first day to open sessions on' })
  @IsCivilDate()
  fromDay: string;

  @ApiProperty({ minimum: 1, maximum: 26, example: 8 })
  @IsInt({ message: 'weeks must be a whole number from 1 to 26' })
  @Min(1, { message: 'weeks must be a whole number from 1 to 26' })
  @Max(26, { message: 'weeks must be a whole number from 1 to 26' })
  weeks: number;
}
