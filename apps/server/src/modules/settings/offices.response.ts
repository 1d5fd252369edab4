import { OfficeResponse } from '@regflow/contracts';

export type { OfficeResponse };

export function toOfficeResponse(office: Omit<OfficeResponse, 'createdAt'> & { readonly createdAt: Date }): OfficeResponse {
  return { id: office.id, name: office.name, address: office.address, phone: office.phone, openingHours: office.openingHours, createdAt: office.createdAt.toISOString() };
}
