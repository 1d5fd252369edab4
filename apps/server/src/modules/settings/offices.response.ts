import { OfficeEntity, OpeningHours } from '../offices/office.entity';

export interface OfficeResponse {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly openingHours: OpeningHours;
  readonly createdAt: string;
}

export function toOfficeResponse(office: OfficeEntity): OfficeResponse {
  return { id: office.id, name: office.name, address: office.address, openingHours: office.openingHours, createdAt: office.createdAt.toISOString() };
}
