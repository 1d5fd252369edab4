import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, ArrayNotEmpty, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { STAFF_ROLES, StaffRole } from '@regflow/contracts';

const PASSWORD_RULE = 'password must be 12 to 200 characters';

class StaffFields {
  @ApiProperty({ example: 'Rhian Evans', minLength: 1, maxLength: 120 })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(120, { message: 'name must be 120 characters or fewer' })
  name: string;

  @ApiProperty({ example: 'rhian.evans@regflow.example', format: 'email', maxLength: 254 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(254, { message: 'email must be 254 characters or fewer' })
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ enum: STAFF_ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayNotEmpty({ message: 'roles must name at least one role' })
  @IsIn(STAFF_ROLES, { each: true, message: `roles may contain ${STAFF_ROLES.join(', ')}` })
  roles: StaffRole[];

  @ApiPropertyOptional({ type: [String], description: 'the offices they work at' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  officeIds?: string[];
}

export class CreateStaffDto extends StaffFields {
  @ApiProperty({ description: '12 to 200 characters; stored only as an argon2id hash', minLength: 12, maxLength: 200 })
  @IsString()
  @MinLength(12, { message: PASSWORD_RULE })
  @MaxLength(200, { message: PASSWORD_RULE })
  password: string;
}

/** react-admin sends the whole record back: `id` is accepted and ignored. */
export class UpdateStaffDto extends StaffFields {
  @ApiProperty()
  @IsBoolean({ message: 'active must be true or false' })
  active: boolean;

  @ApiPropertyOptional({ description: 'set to reset the password: 12 to 200 characters', minLength: 12, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(12, { message: PASSWORD_RULE })
  @MaxLength(200, { message: PASSWORD_RULE })
  password?: string;

  @Allow() id?: unknown;
}
