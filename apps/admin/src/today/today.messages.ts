/** The `regflow.today` messages. */
export const todayMessages = {
  today: {},
} as const;
