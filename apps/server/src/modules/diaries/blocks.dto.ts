import { ApiProperty } from '@nestjs/swagger';
import { WALL_CLOCK_PATTERN } from '@regflow/calendar';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class SaveBlockDto {
  @ApiProperty({ description: 'the diary session the time is blocked in', maxLength: 36 })
  @IsString()
  @MaxLength(36)
  sessionId: string;

  @ApiProperty({ example: '10:00', description: 'London wall-clock time on the session’s day, HH:mm', pattern: WALL_CLOCK_PATTERN.source })
  @Matches(WALL_CLOCK_PATTERN, { message: 'startTime must be HH:mm, e.g. 10:00' })
  startTime: string;

  @ApiProperty({ example: '11:00', description: 'HH:mm, after startTime', pattern: WALL_CLOCK_PATTERN.source })
  @Matches(WALL_CLOCK_PATTERN, { message: 'endTime must be HH:mm, e.g. 11:00' })
  endTime: string;

  @ApiProperty({ example: 'training', minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty({ message: 'reason must say why the time is blocked, e.g. training' })
  @MaxLength(200, { message: 'reason must be 200 characters or fewer' })
  reason: string;

  /** Sent back by react-admin with the record; not changeable here. */
  @IsOptional() @IsString() id?: string;
  @IsOptional() @IsString() registrarId?: string;
  @IsOptional() @IsString() day?: string;
  @IsOptional() @IsString() startsAt?: string;
  @IsOptional() @IsString() endsAt?: string;
}
