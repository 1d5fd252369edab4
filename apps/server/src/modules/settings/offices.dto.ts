import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { OpeningHours } from './office.entity';
import { IsOpeningHours } from './opening-hours.validator';
import { IsText } from './text.validator';

/** An office as managers create and change it; react-admin's `id` and `createdAt` are ignored. */
export class SaveOfficeDto {
  @ApiProperty({ example: 'Worcester Register Office' })
  @IsText(80)
  name: string;

  @ApiProperty({ example: 'The Guildhall, High Street, Worcester WR1 2EY' })
  @IsText(500)
  address: string;

  @ApiProperty({ example: { '1': ['09:00', '17:00'], '2': ['09:00', '17:00'] }, description: 'ISO weekday (1 = Monday) → [opens, closes]; a day left out is closed' })
  @IsOpeningHours()
  openingHours: OpeningHours;

  @Allow() id?: unknown;
  @Allow() createdAt?: unknown;
}
