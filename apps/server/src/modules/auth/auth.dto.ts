import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(200, { message: 'currentPassword must be 200 characters or fewer' })
  currentPassword: string;

  @ApiProperty({ minLength: 12, maxLength: 200 })
  @IsString()
  @MinLength(12, { message: 'newPassword must be 12 to 200 characters' })
  @MaxLength(200, { message: 'newPassword must be 12 to 200 characters' })
  newPassword: string;
}

export class SignInDto {
  @ApiProperty({ example: 'rhian.evans@regflow.example', format: 'email', maxLength: 254 })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(200, { message: 'password must be 200 characters or fewer' })
  password: string;
}
