import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WALL_CLOCK_PATTERN } from '@regflow/calendar';
import { TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import { Allow, IsOptional, Matches } from 'class-validator';
import { OpeningHours } from './office.entity';
import { IsOpeningHours } from './opening-hours.validator';
import { IsText } from './text.validator';

/** An office as managers create and change it; react-admin's `id` and `createdAt` are ignored. */
export class SaveOfficeDto {
  @ApiProperty({ example: 'Worcester Register Office', minLength: 1, maxLength: 80 })
  @IsText(80)
  name: string;

  @ApiProperty({ example: 'The Guildhall, High Street, Worcester WR1 2EY', minLength: 1, maxLength: 500 })
  @IsText(500)
  address: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '01905 765432', pattern: TELEPHONE_NUMBER_PATTERN.source, description: 'the public telephone number residents are told to call; null or left out: none' })
  @IsOptional()
  @Matches(TELEPHONE_NUMBER_PATTERN, { message: 'phone must be a telephone number of 7 to 30 digits, spaces and + ( ) -, like 01905 765432' })
  phone?: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', pattern: WALL_CLOCK_PATTERN.source }, minItems: 2, maxItems: 2 },
    example: { '1': ['09:00', '17:00'], '2': ['09:00', '17:00'] },
    description: 'ISO weekday (1 = Monday … 7 = Sunday) → [opens, closes], HH:mm, opening before closing; a day left out is closed',
  })
  @IsOpeningHours()
  openingHours: OpeningHours;

  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
}
