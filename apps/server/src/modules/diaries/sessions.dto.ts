import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';
import { SessionShapeDto } from './session-shape.dto';

export class SaveSessionDto extends SessionShapeDto {
  @ApiProperty({ example: '2022-07-04', format: 'date', description: 'yyyy-mm-dd' })
  @IsCivilDate()
  day: string;

  /** Sent back by react-admin with the record; not changeable here. */
  @IsOptional()
  @IsString()
  templateId?: string | null;
}
