import { INestApplicationContext, Logger } from '@nestjs/common';
import type { BookingPort, BookingSubmission, ContactOptions, OnlineAppointmentType, PublicOffice, ResidentBooking, SatisfactionAnswer, SlotQuery } from '@regflow/booking';
import { BookingRefusal } from '@regflow/booking';
import type { AvailabilityResponse } from '@regflow/contracts';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { UnitOfWork } from '../../common/unit-of-work';
import { PublicOfficesService } from '../settings/public-offices.service';
import { Booking, BookingsService } from './bookings.service';
import { AppointmentCalendar } from './messages/appointment-calendar';
import { AppointmentMessagesPlanner } from './messages/appointment-messages.planner';
import { toBookingResponse } from './public-bookings.response';
import { PublicSchedulingService } from './public-scheduling.service';
import { SatisfactionService } from './satisfaction.service';

/** The services the pages' port is answered by. */
export interface BookingPagesServices {
  readonly publicScheduling: PublicSchedulingService;
  readonly offices: PublicOfficesService;
  readonly bookings: BookingsService;
  readonly satisfaction: SatisfactionService;
  readonly messages: AppointmentMessagesPlanner;
  readonly calendar: AppointmentCalendar;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
}

/**
 * The booking pages' port, answered in-process by the services behind `/api/public`: the same
 * rules, the same validation, the same refusals (as `BookingRefusal`, which the pages show).
 */
export class BookingPagesAdapter implements BookingPort {
  private readonly logger = new Logger(BookingPagesAdapter.name);

  constructor(private readonly services: BookingPagesServices) {}

  /** The adapter over the running application's own services. */
  static of(app: INestApplicationContext): BookingPagesAdapter {
    return new BookingPagesAdapter({
      publicScheduling: app.get(PublicSchedulingService),
      offices: app.get(PublicOfficesService),
      bookings: app.get(BookingsService),
      satisfaction: app.get(SatisfactionService),
      messages: app.get(AppointmentMessagesPlanner),
      calendar: app.get(AppointmentCalendar),
      unitOfWork: app.get(UnitOfWork),
      clock: app.get(Clock),
    });
  }

  onlineServices(): Promise<readonly OnlineAppointmentType[]> {
    return this.answer('read the online appointment types', () => this.services.publicScheduling.onlineTypes());
  }

  offices(): Promise<readonly PublicOffice[]> {
    return this.answer('read the offices', () => this.services.offices.list());
  }

  contactOptions(): ContactOptions {
    return { textMessages: this.services.messages.textMessagesEnabled() };
  }

  now(): string {
    return this.services.clock.now().toISOString();
  }

  availability(query: SlotQuery): Promise<AvailabilityResponse> {
    return this.answer('read free appointments', () =>
      this.services.publicScheduling.freeSlots({ typeCode: query.type, from: query.from, days: query.days, ...(query.officeId ? { officeId: query.officeId } : {}), ...(query.length ? { length: query.length } : {}) }),
    );
  }

  book(submission: BookingSubmission): Promise<ResidentBooking> {
    return this.answer('book', async () =>
      this.toResidentBooking(
        await this.services.bookings.book({
          slotId: submission.slotId,
          typeCode: submission.type,
          resident: submission.resident,
          channel: 'online',
          idempotencyKey: submission.idempotencyKey,
          ...(submission.eventDate ? { eventDate: submission.eventDate } : {}),
          ...(submission.paperworkReadyAt ? { paperworkReadyAt: new Date(submission.paperworkReadyAt) } : {}),
          ...(submission.babies ? { babies: submission.babies } : {}),
          ...(submission.tellUsOnce ? { tellUsOnce: true } : {}),
        }),
      ),
    );
  }

  find(reference: string, token: string): Promise<ResidentBooking> {
    return this.answer('find a booking', async () => this.toResidentBooking(await this.services.bookings.find(reference, token)));
  }

  reschedule(reference: string, token: string, slotId: string): Promise<ResidentBooking> {
    return this.answer('change a booking', async () => this.toResidentBooking(await this.services.bookings.reschedule(reference, token, slotId)));
  }

  cancel(reference: string, token: string): Promise<ResidentBooking> {
    return this.answer('cancel a booking', async () => this.toResidentBooking(await this.services.bookings.cancel(reference, token)));
  }

  calendar(reference: string, token: string): Promise<string> {
    return this.answer('write a calendar file', async () => {
      const { appointment } = await this.services.bookings.find(reference, token);
      return this.services.unitOfWork.read((manager) => this.services.calendar.fileFor(manager, appointment.id));
    });
  }

  answerSatisfaction(reference: string, token: string, answer: SatisfactionAnswer): Promise<void> {
    return this.answer('record an answer', () => this.services.satisfaction.answer(reference, token, answer));
  }

  /** The booking with what only its resident is shown: when the reminder comes, whether they can rate it. */
  private toResidentBooking(booking: Booking): Promise<ResidentBooking> {
    const { appointment, request, manageToken } = booking;
    return this.services.unitOfWork.read(async (manager) => ({
      ...toBookingResponse(booking).appointment,
      manageToken,
      length: { babies: request.babies, tellUsOnce: request.tellUsOnce },
      reminderDueAt: (await this.services.messages.reminderDueAt(manager, appointment.id))?.toISOString() ?? null,
      satisfaction: await this.services.satisfaction.stateOf(manager, appointment),
    }));
  }

  /** Runs `work`; a refusal the resident can act on becomes a `BookingRefusal`, anything else is logged here (the pages cannot log through Nest). */
  private async answer<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) throw new BookingRefusal(error.code, error.message);
      this.logger.error(`the booking pages could not ${what}: ${String(error)}`, error instanceof Error ? error.stack : undefined);
      throw error;
    }
  }
}
