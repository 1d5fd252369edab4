export { createBookingRouter } from './booking-router';
