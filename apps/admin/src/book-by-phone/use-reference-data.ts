import type { AppointmentTypeResponse, OfficeResponse } from '@regflow/contracts';
import { useCallback, useMemo } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { inServiceOrder, officeNameOf } from './reference-data';

const EVERY_ONE = { pagination: { page: 1, perPage: 100 } } as const;
/** A failed list says so at once, beside a Try again, rather than after retries the user cannot see. */
export const NO_SILENT_RETRIES = { retry: false } as const;

export function useOffices(): readonly OfficeResponse[] {
  const { data } = useGetList<OfficeResponse>('offices', { ...EVERY_ONE, sort: { field: 'name', order: 'ASC' } }, NO_SILENT_RETRIES);
  return data ?? [];
}

/** Every appointment type, births first. */
export function useAppointmentTypes() {
  const result = useGetList<AppointmentTypeResponse>('appointment-types', { ...EVERY_ONE, sort: { field: 'code', order: 'ASC' } }, NO_SILENT_RETRIES);
  const types = useMemo(() => inServiceOrder(result.data ?? []), [result.data]);
  return { types, isPending: result.isPending, error: result.error, refetch: result.refetch };
}

/** Where something is held, in words: an office's name, or "By telephone" where there is no office. */
export function usePlaceName(): (officeId: string | null) => string {
  const translate = useTranslate();
  const offices = useOffices();
  return useCallback(
    (officeId) =>
      officeId === null ? translate('regflow.book_by_phone.place.by_telephone') : (officeNameOf(officeId, offices) ?? translate('regflow.book_by_phone.place.unknown_office')),
    [offices, translate],
  );
}
