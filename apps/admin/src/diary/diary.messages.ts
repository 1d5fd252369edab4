/** The `regflow.diary` messages. */
export const diaryMessages = {
  diary: {},
} as const;
