import { Injectable } from '@nestjs/common';
import { addDays, CivilDate } from '@regflow/calendar';
import { clockStartDay, targetDeadline, TargetClock } from '@regflow/domain';
import { EntityManager } from 'typeorm';
import { ClosureDaysService } from '../settings/closure-days.service';

/** What a request records of its target (DOMAIN.md: a request is held to the target in force when it was made). */
export interface RecordedTarget {
  readonly targetWorkingDays: number;
  readonly targetDeadlineOn: CivilDate;
}

/** Calendar days that cover the longest target managers may set (30 working days) with holidays and closures. */
const DEADLINE_REACH_DAYS = 90;

/** Works out the deadline a request records, counting the service's closure days. */
@Injectable()
export class RequestTargets {
  constructor(private readonly closureDays: ClosureDaysService) {}

  async record(manager: EntityManager, clock: TargetClock, targetWorkingDays: number): Promise<RecordedTarget> {
    const start = clockStartDay(clock);
    const closures = await this.closureDays.between(manager, start, addDays(start, DEADLINE_REACH_DAYS));
    return { targetWorkingDays, targetDeadlineOn: targetDeadline({ ...clock, targetWorkingDays, closures }) };
  }
}
