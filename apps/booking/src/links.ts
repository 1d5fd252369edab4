import { RESIDENT_PATHS, withManageToken } from '@regflow/contracts';

/** The links of one booking's pages, each carrying its signed token. */
export function manageLinks(reference: string, token: string) {
  return {
    view: withManageToken(RESIDENT_PATHS.manage(reference), token),
    change: withManageToken(`${RESIDENT_PATHS.manage(reference)}/change`, token),
    cancel: withManageToken(`${RESIDENT_PATHS.manage(reference)}/cancel`, token),
    calendar: withManageToken(RESIDENT_PATHS.calendar(reference), token),
    satisfaction: withManageToken(RESIDENT_PATHS.satisfaction(reference), token),
  };
}

