import { CivilDate } from '@regflow/calendar';
import { AppointmentTypeCode, SatisfactionRating } from '@regflow/contracts';
import { DEFAULT_APPOINTMENT_TYPES } from '../appointment-types';
import { ComplianceEvent, SurveyResult } from './compliance-event';
import { ComplianceError } from './compliance.errors';
import { TravelSense } from './direction';
import { IndicatorUnit } from './figures';
import { RagThresholds } from './rag';
import { ScoringCalendar } from './scoring-calendar';

/** What an indicator counts over a period. `denominator` is null for a plain count. */
export interface IndicatorCounts {
  readonly numerator: number;
  readonly denominator: number | null;
  /** An indicator measured from the date of death: the deaths it could not place for want of one (in neither count). */
  readonly dateOfDeathMissing?: number;
}

/** The service day an event is counted on, and whether it meets the indicator (always, for a plain count). */
export interface Placement {
  readonly day: CivilDate;
  readonly meetsTarget: boolean;
}

/** A death registered on `day` with no date of death: it cannot be scored against the days from the death, so it is counted apart. */
export interface DateOfDeathMissing {
  readonly day: CivilDate;
  readonly dateOfDeathMissing: true;
}

/**
 * A death whose date is not known: the one rule behind the request's `eventDateMissing` flag (staff
 * follow it up), a staff booking's `dateOfDeathUnknown`, and the scorecard's "date of death missing".
 */
export function isDateOfDeathMissing(event: { readonly type: AppointmentTypeCode; readonly eventDate?: CivilDate | null }): boolean {
  return event.type === 'death' && !event.eventDate;
}

export function isScored(placement: Placement | DateOfDeathMissing): placement is Placement {
  return !('dateOfDeathMissing' in placement);
}

interface IndicatorDescription<Code extends string> {
  readonly code: Code;
  /** As the scorecard's INDICATOR TITLE column writes it. */
  readonly title: string;
  /** Completes "December's … was 80.1%" in the performance details. */
  readonly detailsPhrase: string;
  readonly unit: IndicatorUnit;
  readonly thresholds: RagThresholds | null;
  readonly sense: TravelSense;
}

export interface EventIndicator<Code extends string = string> extends IndicatorDescription<Code> {
  readonly source: 'events';
  readonly eventTypes: readonly AppointmentTypeCode[];
  /** Measured from the date of death: its counts say how many deaths were `DateOfDeathMissing`. */
  readonly measuredFromDateOfDeath?: true;
  /** Null when the event does not count for this indicator (not yet registered, referred to the coroner, no time to place it on). */
  place(event: ComplianceEvent, calendar: ScoringCalendar): Placement | DateOfDeathMissing | null;
}

export interface SurveyIndicator<Code extends string = string> extends IndicatorDescription<Code> {
  readonly source: 'survey';
  count(survey: SurveyResult): IndicatorCounts;
}

export const APPOINTMENT_THRESHOLDS: RagThresholds = { target: 95, amberFrom: 90 };
export const DEATHS_REGISTERED_THRESHOLDS: RagThresholds = { target: 90, amberFrom: 85 };
export const CUSTOMER_SATISFACTION_THRESHOLDS: RagThresholds = { target: 95, amberFrom: 90 };
/** The General Register Office's measure, in calendar days from the date of death. */
export const DEATH_REGISTRATION_DAYS = 5;

interface AppointmentIndicatorDescription<Code extends string> {
  readonly code: Code;
  readonly title: string;
  readonly detailsPhrase: string;
  readonly eventTypes: readonly AppointmentTypeCode[];
}

/**
 * The last service day a request's first offer meets its target: the deadline recorded with it, or
 * else one worked out from its recorded target (imported history: DOMAIN.md's default for the type).
 */
export function eventTargetDeadline(event: ComplianceEvent & { readonly requestedAt: NonNullable<ComplianceEvent['requestedAt']> }, calendar: ScoringCalendar): CivilDate {
  return (
    event.targetDeadline ??
    calendar.targetDeadline({
      typeCode: event.type,
      requestedAt: event.requestedAt,
      paperworkReadyAt: event.paperworkReadyAt,
      targetWorkingDays: event.targetWorkingDays ?? DEFAULT_APPOINTMENT_TYPES[event.type].targetWorkingDays,
    })
  );
}

/** Scores the first offer against the request's working-day target, in the period of the request's service day. */
function appointmentIndicator<Code extends string>(description: AppointmentIndicatorDescription<Code>): EventIndicator<Code> {
  return {
    ...description,
    source: 'events',
    unit: 'percent',
    thresholds: APPOINTMENT_THRESHOLDS,
    sense: 'better-when-higher',
    place(event, calendar) {
      if (!event.requestedAt) return null;
      const offeredAt = event.firstOfferAt ?? event.appointmentAt;
      const deadline = eventTargetDeadline({ ...event, requestedAt: event.requestedAt }, calendar);
      return { day: calendar.serviceDay(event.requestedAt), meetsTarget: !!offeredAt && calendar.serviceDay(offeredAt) <= deadline };
    },
  };
}

const eventIndicator = <Code extends string>(indicator: EventIndicator<Code>): EventIndicator<Code> => indicator;
const surveyIndicator = <Code extends string>(indicator: SurveyIndicator<Code>): SurveyIndicator<Code> => indicator;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Very good plus good, out of everyone who answered. */
export function satisfiedCounts({ veryGood, good, total }: SurveyResult): IndicatorCounts {
  if (![veryGood, good, total].every(isCount) || veryGood + good > total) {
    throw new ComplianceError(
      'invalid-survey',
      `${veryGood} very good and ${good} good out of ${total} is not a survey result: give whole numbers, 0 or more, with very good plus good at most the total`,
    );
  }
  return { numerator: veryGood + good, denominator: total };
}

/** How many residents gave each rating online in a period; a rating nobody gave may be absent. */
export type OnlineRatings = Partial<Readonly<Record<SatisfactionRating, number>>>;

/**
 * The customer-satisfaction figures of a period: the survey a manager entered, with the answers
 * residents gave online added to it. Null when there is neither.
 */
export function satisfactionWithOnlineAnswers(entered: SurveyResult | null | undefined, online: OnlineRatings): SurveyResult | null {
  const answered = Object.values(online).reduce((sum, count) => sum + (count ?? 0), 0);
  if (!entered && answered === 0) return null;
  return {
    veryGood: (entered?.veryGood ?? 0) + (online['very-good'] ?? 0),
    good: (entered?.good ?? 0) + (online.good ?? 0),
    total: (entered?.total ?? 0) + answered,
  };
}

/** Every indicator on the scorecard, in its order; a new indicator is one more entry. */
export const COMPLIANCE_INDICATORS = [
  appointmentIndicator({
    code: 'birth-appointments-5wd',
    title: 'Birth registration appointments within 5 working days',
    detailsPhrase: 'percentage of birth registration requests offered an appointment within 5 working days',
    eventTypes: ['birth'],
  }),
  appointmentIndicator({
    code: 'still-birth-appointments-2wd',
    title: 'Still-birth registration appointments within 2 working days',
    detailsPhrase: 'percentage of still-birth registration requests offered an appointment within 2 working days',
    eventTypes: ['still-birth'],
  }),
  appointmentIndicator({
    code: 'death-appointments-2wd',
    title: 'Death registration appointments within 2 working days',
    detailsPhrase: 'percentage of death registration requests offered an appointment within 2 working days',
    eventTypes: ['death'],
  }),
  appointmentIndicator({
    code: 'notice-appointments-10wd',
    title: 'Marriage/civil partnership notice appointments within 10 working days',
    detailsPhrase: 'percentage of marriage/civil partnership notice requests offered an appointment within 10 working days',
    eventTypes: ['notice', 'notice-referred'],
  }),
  eventIndicator({
    code: 'deaths-registered-5d',
    title: 'Registration of deaths within 5 days',
    detailsPhrase: 'percentage of deaths registered within 5 days',
    source: 'events',
    unit: 'percent',
    thresholds: DEATHS_REGISTERED_THRESHOLDS,
    sense: 'better-when-higher',
    eventTypes: ['death'],
    measuredFromDateOfDeath: true,
    place(event, calendar) {
      if (event.coronerReferred || !event.registeredAt) return null;
      const registeredOn = calendar.serviceDay(event.registeredAt);
      if (!event.eventDate) return { day: registeredOn, dateOfDeathMissing: true };
      return { day: registeredOn, meetsTarget: calendar.calendarDaysBetween(event.eventDate, registeredOn) <= DEATH_REGISTRATION_DAYS };
    },
  }),
  eventIndicator({
    code: 'ceremonies',
    title: 'Ceremonies (marriages and civil partnerships)',
    detailsPhrase: 'ceremonies total',
    source: 'events',
    unit: 'count',
    thresholds: null,
    sense: 'not-applicable',
    eventTypes: ['ceremony'],
    place(event, calendar) {
      return event.appointmentAt ? { day: calendar.serviceDay(event.appointmentAt), meetsTarget: true } : null;
    },
  }),
  surveyIndicator({
    code: 'customer-satisfaction',
    title: 'Customer satisfaction',
    detailsPhrase: "percentage of people rating the service 'very good' or 'good'",
    source: 'survey',
    unit: 'percent',
    thresholds: CUSTOMER_SATISFACTION_THRESHOLDS,
    sense: 'better-when-higher',
    count: satisfiedCounts,
  }),
] as const;

export type ComplianceIndicator = (typeof COMPLIANCE_INDICATORS)[number];
export type IndicatorCode = ComplianceIndicator['code'];

const INDICATORS_BY_CODE = new Map<string, ComplianceIndicator>(COMPLIANCE_INDICATORS.map((indicator) => [indicator.code, indicator]));

export function isIndicatorCode(text: string): text is IndicatorCode {
  return INDICATORS_BY_CODE.has(text);
}

export function complianceIndicator(code: IndicatorCode): ComplianceIndicator {
  const indicator = INDICATORS_BY_CODE.get(code);
  if (!indicator) {
    throw new ComplianceError('unknown-indicator', `"${String(code)}" is not an indicator: use one of ${[...INDICATORS_BY_CODE.keys()].join(', ')}`);
  }
  return indicator;
}
