/** The `regflow.account` messages. */
export const accountMessages = {
  account: {},
} as const;
