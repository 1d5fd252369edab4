import { Module } from '@nestjs/common';
import { DiaryTimeRepository } from './diary-time.repository';
import { DiaryTimeService } from './diary-time.service';
import { SlotClaims } from './slot-claims';

/**
 * Registrars' time: sessions with their blocks to read, and officers' claims on it to take (no
 * controllers, so the worker and the scheduling module can use it without a login).
 */
@Module({
  providers: [DiaryTimeRepository, DiaryTimeService, SlotClaims],
  exports: [DiaryTimeService, SlotClaims],
})
export class DiaryTimeModule {}
