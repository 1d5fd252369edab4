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
  /** The account's session version when the token was issued. */
  readonly ver: number;
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

  async signIn(email: string, password: string, address: string): Promise<{ principal: StaffPrincipal; token: string }> {
    const account = email.trim().toLowerCase();
    const locked = this.attempts.lockedForMinutes(account, address);
    if (locked > 0) throw authErrors.tooManyAttempts(locked);
    const staff = await this.unitOfWork.read((manager) => this.staff.credentials(manager, account));
    const matches = staff ? await this.hasher.matches(staff.passwordHash, password) : await this.hasher.matchesNobody(password);
    if (!staff || !matches) {
      this.attempts.recordFailure(account, address);
      throw authErrors.wrongCredentials();
    }
    this.attempts.clear(account);
    const token = await this.jwt.signAsync({ sub: staff.id, ver: staff.sessionVersion } satisfies SessionClaims, { expiresIn: `${SESSION_HOURS}h` });
    return { principal: toPrincipal(staff), token };
  }

  /**
   * A member of staff changes their own password, giving the current one: every other session ends,
   * and the answer carries a new token for this one.
   */
  async changePassword(principal: StaffPrincipal, currentPassword: string, newPassword: string): Promise<string> {
    const passwordHash = await this.hasher.hash(newPassword);
    const version = await this.unitOfWork.run(async (manager) => {
      const staff = await this.staff.credentialsOf(manager, principal.id);
      if (!staff || !(await this.hasher.matches(staff.passwordHash, currentPassword))) throw authErrors.wrongCurrentPassword();
      await this.staff.setPassword(manager, staff.id, passwordHash);
      return staff.sessionVersion + 1;
    });
    return this.jwt.signAsync({ sub: principal.id, ver: version } satisfies SessionClaims, { expiresIn: `${SESSION_HOURS}h` });
  }

  /** Signs the token's account out everywhere: this token and every other issued before stop working. */
  async signOut(token: string): Promise<void> {
    const claims = await this.verified(token);
    if (claims) await this.unitOfWork.run((manager) => this.staff.endSessions(manager, claims.sub));
  }

  /** The principal a session token names, when the token is genuine, unexpired and the account still active. */
  async principalFor(token: string): Promise<StaffPrincipal | undefined> {
    const claims = await this.verified(token);
    if (!claims) return undefined;
    const staff = await this.unitOfWork.read((manager) => this.staff.findActive(manager, claims.sub));
    return staff && staff.sessionVersion === claims.ver ? toPrincipal(staff) : undefined;
  }

  private verified(token: string): Promise<SessionClaims | undefined> {
    return this.jwt.verifyAsync<SessionClaims>(token).catch(() => undefined);
  }
}

function toPrincipal(staff: StaffMember): StaffPrincipal {
  return { id: staff.id, name: staff.name, roles: staff.roles };
}
