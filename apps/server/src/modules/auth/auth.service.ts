import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PasswordHasher } from '../../common/security/password-hasher';
import { UnitOfWork } from '../../common/unit-of-work';
import { StaffDirectory, StaffMember } from '../staff/staff-directory.service';
import { authErrors } from './auth.errors';
import { SignInAttempts } from './sign-in-attempts';
import { StaffPrincipal } from './staff-principal';

export const SESSION_HOURS = 8;

interface SessionClaims {
  readonly sub: string;
}

/** Staff sign-in: argon2-checked passwords, a signed session token, the account re-read on every request. */
@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly attempts: SignInAttempts,
    private readonly staff: StaffDirectory,
  ) {}

  async signIn(email: string, password: string): Promise<{ principal: StaffPrincipal; token: string }> {
    const account = email.trim().toLowerCase();
    const locked = this.attempts.lockedForMinutes(account);
    if (locked > 0) throw authErrors.tooManyAttempts(locked);
    const staff = await this.unitOfWork.read((manager) => this.staff.credentials(manager, account));
    if (!staff || !(await this.hasher.matches(staff.passwordHash, password))) {
      this.attempts.recordFailure(account);
      throw authErrors.wrongCredentials();
    }
    this.attempts.clear(account);
    const token = await this.jwt.signAsync({ sub: staff.id } satisfies SessionClaims, { expiresIn: `${SESSION_HOURS}h` });
    return { principal: toPrincipal(staff), token };
  }

  /** The principal a session token names, when the token is genuine, unexpired and the account still active. */
  async principalFor(token: string): Promise<StaffPrincipal | undefined> {
    const claims = await this.jwt.verifyAsync<SessionClaims>(token).catch(() => undefined);
    if (!claims) return undefined;
    const staff = await this.unitOfWork.read((manager) => this.staff.findActive(manager, claims.sub));
    return staff ? toPrincipal(staff) : undefined;
  }
}

function toPrincipal(staff: StaffMember): StaffPrincipal {
  return { id: staff.id, name: staff.name, roles: staff.roles };
}
