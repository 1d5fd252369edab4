import type { AppointmentTypeResponse, OfficeResponse, StaffResponse } from '@regflow/contracts';
import { useCallback, useMemo } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { diaryKeepers, inServiceOrder, officeNameOf } from './reference-data';

/** Every record of a short list (the server's largest page), by name. */
const EVERY_ONE = { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } } as const;
/** A failed list says so at once, beside a Try again, rather than after retries the user cannot see. */
export const NO_SILENT_RETRIES = { retry: false } as const;

/** The register offices, by name. */
export function useOffices() {
  return useGetList<OfficeResponse>('offices', EVERY_ONE, NO_SILENT_RETRIES);
}

/** Every appointment type, births first. */
export function useAppointmentTypes() {
  const result = useGetList<AppointmentTypeResponse>('appointment-types', { ...EVERY_ONE, sort: { field: 'code', order: 'ASC' } }, NO_SILENT_RETRIES);
  const types = useMemo(() => inServiceOrder(result.data ?? []), [result.data]);
  return { types, isPending: result.isPending, error: result.error, refetch: result.refetch };
}

/** Active staff who keep a diary (registrars and superintendent registrars), by name. */
export function useRegistrars({ enabled = true }: { readonly enabled?: boolean } = {}) {
  const result = useGetList<StaffResponse>('staff', { ...EVERY_ONE, filter: { active: true } }, { ...NO_SILENT_RETRIES, enabled });
  const data = useMemo(() => (result.data ? diaryKeepers(result.data) : undefined), [result.data]);
  return { ...result, data };
}

/** Where something is held, in words: an office's name, or "By telephone" where there is no office. */
export function usePlaceName(): (officeId: string | null) => string {
  const translate = useTranslate();
  const { data: offices } = useOffices();
  return useCallback(
    (officeId) =>
      officeId === null
        ? translate('regflow.book_by_phone.place.by_telephone')
        : (officeNameOf(officeId, offices ?? []) ?? translate('regflow.book_by_phone.place.unknown_office')),
    [offices, translate],
  );
}
