/** The `regflow.lists` messages. */
export const listMessages = {
  lists: {},
} as const;
