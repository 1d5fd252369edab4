import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { SignInDto } from './auth.dto';
import { AuthService, SESSION_HOURS } from './auth.service';
import { CurrentStaff, SESSION_COOKIE, StaffOnly } from './staff-auth.guard';
import { StaffPrincipal } from './staff-principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets an HttpOnly session cookie and returns who you are and your roles' })
  async login(@Body() body: SignInDto, @Res({ passthrough: true }) response: Response): Promise<StaffPrincipal> {
    const { principal, token } = await this.auth.signIn(body.email, body.password);
    response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: SESSION_HOURS * 3_600_000 });
    return principal;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out' })
  logout(@Res({ passthrough: true }) response: Response): void {
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @StaffOnly()
  @ApiOperation({ summary: 'Who is signed in' })
  me(@CurrentStaff() principal: StaffPrincipal): StaffPrincipal {
    return principal;
  }
}
