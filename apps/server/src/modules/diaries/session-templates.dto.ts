import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { SessionShapeDto } from './session-shape.dto';

const WEEKS = 'weeks must be a whole number from 1 to 26';
const WEEKDAY = 'weekday must be a whole number from 1 (Monday) to 7 (Sunday)';

export class GenerateSessionsDto {
  @ApiProperty({ example: '2022-07-04', format: 'date', description: 'the first day to open sessions on, yyyy-mm-dd' })
  @IsCivilDate()
  fromDay: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 26, example: 8 })
  @IsInt({ message: WEEKS })
  @Min(1, { message: WEEKS })
  @Max(26, { message: WEEKS })
  weeks: number;
}

export class SaveSessionTemplateDto extends SessionShapeDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt({ message: WEEKDAY })
  @Min(1, { message: WEEKDAY })
  @Max(7, { message: WEEKDAY })
  weekday: number;

  @ApiPropertyOptional({ default: true, description: 'inactive templates open no sessions' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
