import * as contracts from '@regflow/contracts';
import * as domain from '@regflow/domain';
import { CalendarErrorCode } from '@regflow/calendar';
import { SaveBlockDto } from '../modules/diaries/blocks.dto';
import { GenerateSessionsDto, SaveSessionTemplateDto } from '../modules/diaries/session-templates.dto';
import { GenerationReport } from '../modules/diaries/session-templates.service';
import { SaveSessionDto } from '../modules/diaries/sessions.dto';
import { CreateAppointmentDto, MoveAppointmentDto, UpdateAppointmentDto } from '../modules/scheduling/appointments.dto';
import { CreateBookingDto, ListAvailabilityQuery } from '../modules/scheduling/public-bookings.dto';
import { UpdateRequestDto } from '../modules/scheduling/requests.dto';
import { UpdateAppointmentTypeDto } from '../modules/settings/appointment-types.dto';
import { SaveClosureDto } from '../modules/settings/closures.dto';
import { SaveOfficeClosureDto } from '../modules/settings/office-closures.dto';
import { SaveOfficeDto } from '../modules/settings/offices.dto';
import { SaveSuspensionDto } from '../modules/settings/suspensions.dto';

/** Compiles only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when what the server validates fits what the front ends send. */
type Fits<Dto, Request> = [Dto] extends [Request] ? true : false;

/**
 * The contracts are what the admin app and booking pages compile against; these checks fail the
 * server's type-check (ts-jest included) when the server's own types drift from them. Value sets
 * the entities take from contracts (statuses, channels, roles, modes) need no check.
 */
const sameValueSets: Record<string, true> = {
  generationReport: true satisfies Same<GenerationReport, contracts.GenerateSessionsResponse>,
  indicatorCode: true satisfies Same<domain.IndicatorCode, contracts.IndicatorCode>,
  domainErrorCode: true satisfies Fits<domain.DomainErrorCode, contracts.DomainErrorCode>,
  calendarErrorCode: true satisfies Same<CalendarErrorCode, contracts.CalendarErrorCode>,
  complianceErrorCode: true satisfies Same<domain.ComplianceErrorCode, contracts.ComplianceRulesErrorCode>,
};

const requestsFit: Record<string, true> = {
  updateAppointmentType: true satisfies Fits<UpdateAppointmentTypeDto, contracts.UpdateAppointmentTypeRequest>,
  saveOffice: true satisfies Fits<SaveOfficeDto, contracts.SaveOfficeRequest>,
  saveClosure: true satisfies Fits<SaveClosureDto, contracts.SaveClosureRequest>,
  saveOfficeClosure: true satisfies Fits<SaveOfficeClosureDto, contracts.SaveOfficeClosureRequest>,
  saveSuspension: true satisfies Fits<SaveSuspensionDto, contracts.SaveSuspensionRequest>,
  saveSession: true satisfies Fits<SaveSessionDto, contracts.SaveSessionRequest>,
  saveSessionTemplate: true satisfies Fits<SaveSessionTemplateDto, contracts.SaveSessionTemplateRequest>,
  generateSessions: true satisfies Fits<GenerateSessionsDto, contracts.GenerateSessionsRequest>,
  saveBlock: true satisfies Fits<SaveBlockDto, contracts.SaveBlockRequest>,
  availability: true satisfies Fits<ListAvailabilityQuery, contracts.AvailabilityQuery>,
  createBooking: true satisfies Fits<CreateBookingDto, contracts.CreateBookingRequest>,
  moveBooking: true satisfies Fits<MoveAppointmentDto, contracts.MoveBookingRequest>,
  createAppointment: true satisfies Fits<CreateAppointmentDto, contracts.CreateAppointmentRequest>,
  updateAppointment: true satisfies Fits<UpdateAppointmentDto, contracts.UpdateAppointmentRequest>,
  updateRequest: true satisfies Fits<UpdateRequestDto, contracts.UpdateRequestRequest>,
};

describe('@regflow/contracts', () => {
  it('has the server’s value sets and request shapes (checked when this file compiles)', () => {
    expect(Object.values({ ...sameValueSets, ...requestsFit }).every(Boolean)).toBe(true);
  });

  it('lists the indicator codes the scoring rules know', () => {
    expect([...contracts.INDICATOR_CODES].sort()).toEqual(domain.COMPLIANCE_INDICATORS.map((indicator) => indicator.code).sort());
  });
});
