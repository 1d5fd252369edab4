import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiError, ApiErrors } from '../../http/openapi';
import { Request, Response } from 'express';
import { Links } from '../../common/links/links';
import { ChangePasswordDto, SignInDto } from './auth.dto';
import { AuthService, SESSION_HOURS } from './auth.service';
import { CurrentStaff, SESSION_COOKIE, sessionToken, StaffOnly } from './staff-auth.guard';
import { StaffPrincipal } from './staff-principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly links: Links,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets an HttpOnly session cookie and returns who you are and your roles' })
  @ApiOkResponse({ description: 'signed in: who you are and your roles; the session cookie is set' })
  @ApiErrors(400, 413, 415)
  @ApiError(401, 'wrong-credentials: the email or password is wrong')
  @ApiError(429, 'too many failed sign-ins: wait, then try again')
  async login(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<StaffPrincipal> {
    const { principal, token } = await this.auth.signIn(body.email, body.password, request.ip ?? 'unknown');
    this.setSession(response, token);
    return principal;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'signed out; the session cookie is cleared' })
  @ApiOperation({ summary: 'Sign out: ends every session of the account, on every device' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = sessionToken(request);
    if (token) await this.auth.signOut(token);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Put('password')
  @StaffOnly()
  @ApiOperation({ summary: 'Change your own password: every other session ends, and this one gets a new cookie' })
  @ApiOkResponse({ description: 'the password is changed: who you are, with a new session cookie' })
  @ApiErrors(400, 413, 415)
  @ApiError(403, 'wrong-current-password: currentPassword is not your password')
  async changePassword(@CurrentStaff() principal: StaffPrincipal, @Body() body: ChangePasswordDto, @Res({ passthrough: true }) response: Response): Promise<StaffPrincipal> {
    this.setSession(response, await this.auth.changePassword(principal, body.currentPassword, body.newPassword));
    return principal;
  }

  @Get('me')
  @StaffOnly()
  @ApiOperation({ summary: 'Who is signed in' })
  @ApiOkResponse({ description: 'who is signed in, and their roles' })
  me(@CurrentStaff() principal: StaffPrincipal): StaffPrincipal {
    return principal;
  }

  private setSession(response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.links.isSecure(), path: '/', maxAge: SESSION_HOURS * 3_600_000 });
  }
}
