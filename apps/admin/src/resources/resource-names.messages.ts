/** react-admin's `resources.<name>` messages: each resource's name and field labels. */
export const resourceNameMessages = {} as const;
