import { INestApplicationContext, Logger } from '@nestjs/common';
import type { BookingPort, OnlineAppointmentType } from '@regflow/booking';
import { PublicSchedulingService } from './public-scheduling.service';

/**
 * The booking pages' port, answered in-process by the same service as
 * `GET /api/public/appointment-types`: the rows managers edit, with today's suspensions.
 */
export class BookingPagesAdapter implements BookingPort {
  private readonly logger = new Logger(BookingPagesAdapter.name);

  constructor(private readonly publicScheduling: PublicSchedulingService) {}

  /** The adapter over the running application's own services. */
  static of(app: INestApplicationContext): BookingPagesAdapter {
    return new BookingPagesAdapter(app.get(PublicSchedulingService));
  }

  async onlineServices(): Promise<readonly OnlineAppointmentType[]> {
    try {
      return await this.publicScheduling.onlineTypes();
    } catch (error) {
      // The pages answer with a problem page and cannot log through Nest: say what failed here.
      this.logger.error(`the booking pages could not read the online appointment types: ${String(error)}`, error instanceof Error ? error.stack : undefined);
      throw error;
    }
  }
}
