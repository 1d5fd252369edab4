import { ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsBoolean, IsISO8601, IsOptional, ValidateIf } from 'class-validator';
import { IsCivilDate } from '../../common/validation/civil-date.validator';

/** What staff learn after a request is made; the other fields react-admin sends back are ignored. */
export class UpdateRequestDto {
  @ApiPropertyOptional({ description: 'a death referred to the coroner: left out of deaths registered within 5 days' })
  @IsOptional()
  @IsBoolean({ message: 'coronerReferral must be true or false' })
  coronerReferral?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, example: '2022-07-04T09:15:00Z', description: 'still-births: when the certificate was in place' })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsISO8601({ strict: true }, { message: 'paperworkReadyAt must be an ISO 8601 instant with an offset, e.g. 2022-07-04T09:15:00Z' })
  paperworkReadyAt?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2022-07-01', description: 'the date of the birth or death, yyyy-mm-dd; a death given its date is no longer eventDateMissing' })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsCivilDate()
  eventDate?: string | null;

  @Allow() id?: unknown;
  @Allow() typeCode?: unknown;
  @Allow() channel?: unknown;
  @Allow() requestedAt?: unknown;
  @Allow() serviceDay?: unknown;
  @Allow() eventDateMissing?: unknown;
  @Allow() babies?: unknown;
  @Allow() tellUsOnce?: unknown;
  @Allow() targetWorkingDays?: unknown;
  @Allow() firstOfferStartsAt?: unknown;
  @Allow() firstOfferAtOfficeStartsAt?: unknown;
  @Allow() deadline?: unknown;
  @Allow() offeredWithinTarget?: unknown;
  @Allow() appointmentId?: unknown;
  @Allow() reference?: unknown;
}
