/**
 * The residents' pages their messages link to, relative to the service's address: the booking
 * pages serve them, the server's links point at them.
 */
export const RESIDENT_PATHS = {
  book: '/book',
  manage: (reference: string) => `/manage/${encodeURIComponent(reference)}`,
  calendar: (reference: string) => `/manage/${encodeURIComponent(reference)}/calendar.ics`,
  satisfaction: (reference: string) => `/manage/${encodeURIComponent(reference)}/feedback`,
} as const;

/** A resident path with its signed token: `/manage/BIR-…?token=…`. */
export function withManageToken(path: string, token: string): string {
  return `${path}?${new URLSearchParams({ token }).toString()}`;
}
