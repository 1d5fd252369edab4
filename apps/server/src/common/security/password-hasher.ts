import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** Staff passwords, hashed with argon2id (the library's defaults: 19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password);
  }

  /**
   * Checks a password against a hash of nothing, as long as a real check takes: a sign-in with an
   * unknown email answers no faster than one with a known email and a wrong password.
   */
  async matchesNobody(password: string): Promise<false> {
    this.dummy ??= hash('no account has this password');
    await this.matches(await this.dummy, password);
    return false;
  }

  async matches(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
