import type { AppointmentResponse, AppointmentTypeCode, AvailabilityResponse, MessageResponse } from '@regflow/contracts';
import { DataProvider, fetchUtils } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

const API_URL = '/api';

/** What staff can ask of free times: `GET /api/availability`. */
export interface StaffAvailabilityQuery {
  readonly type: AppointmentTypeCode;
  /** `yyyy-mm-dd`, a London day. */
  readonly from: string;
  readonly days?: number;
  readonly office?: string;
  readonly babies?: number;
  readonly tellUsOnce?: boolean;
  /**
   * An appointment being moved: the times its move would take, as if its own time were free and
   * each as long as it is (leave out `babies` and `tellUsOnce`; `type` must be its type).
   */
  readonly moving?: string;
}

/** The server's actions beyond create, read, update and delete. */
export interface RegflowActions {
  availability(query: StaffAvailabilityQuery): Promise<AvailabilityResponse>;
  moveAppointment(id: string, slotId: string): Promise<AppointmentResponse>;
  undoStatus(id: string): Promise<AppointmentResponse>;
  resendMessage(id: string): Promise<MessageResponse>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

export type RegflowDataProvider = DataProvider & RegflowActions;

type HttpClient = typeof fetchUtils.fetchJson;

/**
 * The one data provider: the server's simple-rest resources under /api, plus its named actions.
 * Refusals reject with react-admin's HttpError, whose message is the server's (it says what to do).
 */
export function createDataProvider(httpClient: HttpClient = fetchUtils.fetchJson): RegflowDataProvider {
  const post = async <T>(path: string, body: unknown = {}): Promise<T> =>
    (await httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;

  return {
    ...simpleRestProvider(API_URL, httpClient),
    async availability(query) {
      const search = new URLSearchParams(
        Object.entries(query)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, String(value)]),
      );
      return (await httpClient(`${API_URL}/availability?${search}`)).json as AvailabilityResponse;
    },
    moveAppointment: (id, slotId) => post(`appointments/${encodeURIComponent(id)}/move`, { slotId }),
    undoStatus: (id) => post(`appointments/${encodeURIComponent(id)}/undo-status`),
    resendMessage: (id) => post(`messages/${encodeURIComponent(id)}/resend`),
    async changePassword(currentPassword, newPassword) {
      await httpClient(`${API_URL}/auth/password`, { method: 'PUT', body: JSON.stringify({ currentPassword, newPassword }) });
    },
  };
}

export const dataProvider = createDataProvider();
