import { APPOINTMENT_TYPE_CODES, type OfficeResponse, type StaffResponse } from '@regflow/contracts';
import { useMemo } from 'react';
import { useGetList } from 'react-admin';

const ALL = { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } } as const;

/** The register offices, by name. */
export function useOffices() {
  return useGetList<OfficeResponse>('offices', ALL);
}

/** Active staff who keep a diary (registrars and superintendent registrars), by name. */
export function useRegistrars(options: { readonly enabled?: boolean } = {}) {
  const result = useGetList<StaffResponse>('staff', { ...ALL, filter: { active: true } }, options);
  const data = useMemo(() => result.data?.filter(keepsDiary), [result.data]);
  return { ...result, data };
}

function keepsDiary(staff: StaffResponse): boolean {
  return staff.roles.includes('registrar') || staff.roles.includes('superintendent-registrar');
}

/** Each appointment type as a choice, named by `regflow.diary.types.<code>`. */
export const APPOINTMENT_TYPE_CHOICES = APPOINTMENT_TYPE_CODES.map((code) => ({ id: code, name: `regflow.diary.types.${code}` }));
