/** The `regflow.book_by_phone` messages. */
export const bookByPhoneMessages = {
  book_by_phone: {},
} as const;
