import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** Staff passwords, hashed with argon2id (the library's defaults: 19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password);
  }

  async matches(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
