import { Links } from './links';

describe(Links.name, () => {
  const links = new Links({ publicBaseUrl: 'https://regflow.example' });

  it('sends residents to their booking’s pages, each carrying its signed token', () => {
    expect(links.manageBooking('BRT-7K4Q-2M', 'a+b/c=')).toBe('https://regflow.example/manage/BRT-7K4Q-2M?token=a%2Bb%2Fc%3D');
    expect(links.bookingCalendar('BRT-7K4Q-2M', 'abc')).toBe('https://regflow.example/manage/BRT-7K4Q-2M/calendar.ics?token=abc');
    expect(links.satisfaction('BRT-7K4Q-2M', 'abc')).toBe('https://regflow.example/manage/BRT-7K4Q-2M/feedback?token=abc');
  });

  it('keeps a reference that is not one inside its path segment', () => {
    expect(links.manageBooking('../admin?x', 'abc')).toBe('https://regflow.example/manage/..%2Fadmin%3Fx?token=abc');
  });

  it('starts new bookings and staff links at the same address', () => {
    expect(links.booking()).toBe('https://regflow.example/book');
    expect(links.staffAppointment('a1')).toBe('https://regflow.example/admin/#/appointments/a1');
  });
});
