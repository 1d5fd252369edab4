/** The `regflow.layout` messages. */
export const layoutMessages = {
  layout: {},
} as const;
