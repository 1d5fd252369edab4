import { Global, Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PasswordHasher } from '../../common/security/password-hasher';
import { secretsConfig } from '../../config/secrets.config';
import { LinksModule } from '../../common/links/links.module';
import { StaffDirectoryModule } from '../staff/staff-directory.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SignInAttempts } from './sign-in-attempts';
import { StaffAuthGuard } from './staff-auth.guard';

@Global()
@Module({
  imports: [
    StaffDirectoryModule,
    LinksModule,
    JwtModule.registerAsync({
      inject: [secretsConfig.KEY],
      useFactory: (secrets: ConfigType<typeof secretsConfig>) => ({ secret: `${secrets.appSecret}:staff-session` }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordHasher, SignInAttempts, StaffAuthGuard],
  exports: [AuthService, StaffAuthGuard, PasswordHasher],
})
export class AuthModule {}
