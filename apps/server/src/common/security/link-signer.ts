import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretsConfig } from '../../config/secrets.config';

/** Signs and checks the tokens in residents' links: only the holder of the link reaches the booking. */
@Injectable()
export class LinkSigner {
  constructor(@Inject(secretsConfig.KEY) private readonly secrets: ConfigType<typeof secretsConfig>) {}

  sign(purpose: string, subject: string): string {
    return createHmac('sha256', this.secrets.appSecret).update(`${purpose}:${subject}`).digest('base64url');
  }

  verify(purpose: string, subject: string, token: string): boolean {
    const expected = Buffer.from(this.sign(purpose, subject));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
