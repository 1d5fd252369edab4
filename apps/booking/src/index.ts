export { BookingRefusal } from './booking-port';
export type { AppointmentLength, BookingPort, BookingSubmission, ContactOptions, OnlineAppointmentType, PublicOffice, ResidentBooking, ResidentContact, SatisfactionAnswer, SlotQuery } from './booking-port';
export { createBookingRouter, sendTooManyRequestsPage } from './booking-router';
export type { BookingRouterOptions } from './booking-router';
