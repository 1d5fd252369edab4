import { ApiProperty } from '@nestjs/swagger';
import { WALL_CLOCK_PATTERN } from '@regflow/calendar';
import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode } from '@regflow/contracts';
import { ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** The fields a diary session and a rota template share. */
export class SessionShapeDto {
  @ApiProperty({ description: 'a staff id', maxLength: 36 })
  @IsString()
  @MaxLength(36)
  registrarId: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 36, description: 'an office id; null for a telephone session' })
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(36)
  officeId: string | null;

  @ApiProperty({ example: '09:00', description: 'HH:mm, London time', pattern: WALL_CLOCK_PATTERN.source })
  @Matches(WALL_CLOCK_PATTERN, { message: 'startTime must be HH:mm, e.g. 09:00' })
  startTime: string;

  @ApiProperty({ example: '12:30', description: 'HH:mm, London time, after startTime', pattern: WALL_CLOCK_PATTERN.source })
  @Matches(WALL_CLOCK_PATTERN, { message: 'endTime must be HH:mm, e.g. 12:30' })
  endTime: string;

  @ApiProperty({ enum: APPOINTMENT_TYPE_CODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayNotEmpty({ message: 'acceptedTypes must name at least one appointment type' })
  @IsIn(APPOINTMENT_TYPE_CODES, { each: true, message: `acceptedTypes may contain ${APPOINTMENT_TYPE_CODES.join(', ')}` })
  acceptedTypes: AppointmentTypeCode[];

  /** Sent back by react-admin with the record; not changeable here. */
  @IsOptional()
  @IsString()
  id?: string;
}

export function shapeFields(dto: SessionShapeDto) {
  return { registrarId: dto.registrarId, officeId: dto.officeId, startTime: dto.startTime, endTime: dto.endTime, acceptedTypes: dto.acceptedTypes };
}
