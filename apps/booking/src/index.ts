export type { BookingPort, OnlineAppointmentType } from './booking-port';
export { createBookingRouter, sendTooManyRequestsPage } from './booking-router';
export type { BookingRouterOptions } from './booking-router';
