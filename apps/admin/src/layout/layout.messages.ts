/** The `regflow.layout` messages. */
export const layoutMessages = {
  layout: {
    menu: {
      today: 'Today',
      diary: 'My diary',
      book_by_phone: 'Book by phone',
      appointments: 'Appointments',
      requests: 'Requests',
      messages: 'Messages',
      alerts: 'Alerts',
      audit: 'Audit trail',
      suspensions: 'Booking suspensions',
    },
    change_password: 'Change my password',
    try_again: 'Try again',
  },
} as const;
