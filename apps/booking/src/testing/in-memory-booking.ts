import type { AvailabilityResponse, SlotResponse } from '@regflow/contracts';
import { BookingPort, BookingRefusal, BookingSubmission, ContactOptions, OnlineAppointmentType, PublicOffice, ResidentBooking, SatisfactionAnswer, SlotQuery } from '../booking-port';

export function onlineType(
  code: OnlineAppointmentType['code'],
  name: string,
  targetWorkingDays: number,
  modes: OnlineAppointmentType['modes'],
  documentsToBring: string[],
): OnlineAppointmentType {
  return { code, name, targetWorkingDays, durationMinutes: 30, modes, documentsToBring, suspendedMessage: null };
}

export const TEST_OFFICES: readonly PublicOffice[] = [
  { id: 'office-redditch', name: 'Redditch', address: 'Town Hall, Walter Stranz Square, Redditch B98 8AH', phone: '01527 000 001' },
  { id: 'office-worcester', name: 'Worcester', address: 'The Guildhall, High Street, Worcester WR1 2EY', phone: '01905 000 002' },
];

/**
 * The booking service as the pages see it, held in memory so a page test can play the service:
 * change a type like a manager, take a slot like another resident, and see what was booked.
 * The real service behind the port is tested through the server and the browser tests.
 */
export class InMemoryBooking implements BookingPort {
  types: OnlineAppointmentType[] = [
    onlineType('death', 'Death registration', 2, ['face-to-face', 'telephone'], ['The medical certificate of cause of death']),
    onlineType('birth', 'Birth registration', 5, ['face-to-face'], ['Proof of identity for each parent attending']),
    onlineType('notice', 'Notice of marriage or civil partnership', 10, ['face-to-face'], ['Your passport']),
    onlineType('still-birth', 'Still-birth registration', 2, ['face-to-face', 'telephone'], ['The certificate of still-birth']),
  ];
  offered: SlotResponse[] = [
    { id: 's1~20220705T0900Z', officeId: 'office-redditch', mode: 'face-to-face', startsAt: '2022-07-05T09:00:00.000Z', endsAt: '2022-07-05T09:30:00.000Z' },
    { id: 's1~20220705T0930Z', officeId: 'office-redditch', mode: 'face-to-face', startsAt: '2022-07-05T09:30:00.000Z', endsAt: '2022-07-05T10:00:00.000Z' },
    { id: 's2~20220706T1300Z', officeId: 'office-worcester', mode: 'face-to-face', startsAt: '2022-07-06T13:00:00.000Z', endsAt: '2022-07-06T13:30:00.000Z' },
  ];
  textMessages = false;
  clock = '2022-07-04T10:00:00.000Z';
  readonly bookings = new Map<string, ResidentBooking>();
  readonly submissions: BookingSubmission[] = [];
  readonly answers: { reference: string; answer: SatisfactionAnswer }[] = [];

  onlineServices(): Promise<readonly OnlineAppointmentType[]> {
    return Promise.resolve(this.types);
  }

  offices(): Promise<readonly PublicOffice[]> {
    return Promise.resolve(TEST_OFFICES);
  }

  contactOptions(): ContactOptions {
    return { textMessages: this.textMessages };
  }

  now(): string {
    return this.clock;
  }

  change(code: string, change: Partial<OnlineAppointmentType>): void {
    this.types = this.types.map((type) => (type.code === code ? { ...type, ...change } : type));
  }

  availability(query: SlotQuery): Promise<AvailabilityResponse> {
    const type = this.types.find((candidate) => candidate.code === query.type);
    if (type?.suspendedMessage) return Promise.reject(new BookingRefusal('online-booking-suspended', type.suspendedMessage));
    const slots = this.free().filter((slot) => !query.officeId || slot.officeId === query.officeId);
    return Promise.resolve({ type: query.type, firstOffer: slots[0] ?? null, slots });
  }

  book(submission: BookingSubmission): Promise<ResidentBooking> {
    const earlier = [...this.bookings.values()].find((booking) => booking.manageToken === `token-${submission.idempotencyKey}`);
    if (earlier) return Promise.resolve(earlier);
    const suspension = this.types.find((type) => type.code === submission.type)?.suspendedMessage;
    if (suspension) return Promise.reject(new BookingRefusal('online-booking-suspended', suspension));
    const slot = this.free().find((candidate) => candidate.id === submission.slotId);
    if (!slot) return Promise.reject(new BookingRefusal('slot-unavailable', 'the slot is no longer free'));
    this.submissions.push(submission);
    const booking: ResidentBooking = {
      reference: `REF-${this.bookings.size + 1}`,
      manageToken: `token-${submission.idempotencyKey}`,
      type: submission.type,
      status: 'booked',
      officeId: slot.officeId,
      mode: slot.mode,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      residentName: submission.resident.name,
      length: { babies: submission.babies ?? 1, tellUsOnce: submission.tellUsOnce ?? false },
      residentEmail: submission.resident.email ?? null,
      residentPhone: submission.resident.phone ?? null,
      reminderDueAt: '2022-07-04T17:00:00.000Z',
      changeableUntil: slot.startsAt,
      satisfaction: 'not-asked',
    };
    this.bookings.set(booking.reference, booking);
    return Promise.resolve(booking);
  }

  find(reference: string, token: string): Promise<ResidentBooking> {
    const booking = this.bookings.get(reference);
    if (!booking || booking.manageToken !== token) return Promise.reject(new BookingRefusal('booking-not-found', 'no booking matches this link'));
    return Promise.resolve(booking);
  }

  async reschedule(reference: string, token: string, slotId: string): Promise<ResidentBooking> {
    const booking = await this.find(reference, token);
    const slot = this.free().find((candidate) => candidate.id === slotId);
    if (!slot) throw new BookingRefusal('slot-unavailable', 'the slot is no longer free');
    return this.update({ ...booking, officeId: slot.officeId, mode: slot.mode, startsAt: slot.startsAt, endsAt: slot.endsAt });
  }

  async cancel(reference: string, token: string): Promise<ResidentBooking> {
    return this.update({ ...(await this.find(reference, token)), status: 'cancelled' });
  }

  async calendar(reference: string, token: string): Promise<string> {
    const booking = await this.find(reference, token);
    return `BEGIN:VCALENDAR\r\nMETHOD:${booking.status === 'cancelled' ? 'CANCEL' : 'PUBLISH'}\r\nEND:VCALENDAR\r\n`;
  }

  async answerSatisfaction(reference: string, token: string, answer: SatisfactionAnswer): Promise<void> {
    const booking = await this.find(reference, token);
    if (booking.satisfaction !== 'open') throw new BookingRefusal('satisfaction-not-open', 'this booking cannot be rated now');
    this.answers.push({ reference, answer });
    this.update({ ...booking, satisfaction: 'answered' });
  }

  private free(): SlotResponse[] {
    const taken = new Set([...this.bookings.values()].filter((booking) => booking.status === 'booked').map((booking) => booking.startsAt));
    return this.offered.filter((slot) => !taken.has(slot.startsAt));
  }

  private update(booking: ResidentBooking): ResidentBooking {
    this.bookings.set(booking.reference, booking);
    return booking;
  }
}
