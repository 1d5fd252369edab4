import { isTimeRange } from '@regflow/calendar';
import { APPOINTMENT_TYPE_CODES, AppointmentTypeCode, isAppointmentTypeCode, TELEPHONE_NUMBER_PATTERN } from '@regflow/contracts';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  ValidationError,
  validateSync,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BENCHMARK_AREAS, BenchmarkArea } from '../compliance/benchmark.entity';
import { OpeningHours } from '../settings/office.entity';
import { STAFF_ROLES, StaffRole } from '@regflow/contracts';
import { loadReferenceHistory, ReferenceHistory } from './reference-history';
import { seedingErrors } from './seeding.errors';

const KEY = /^[a-z][a-z0-9-]*$/;
const WEEKDAY_KEY = /^[1-7]$/;

function isTypeList(value: unknown): value is AppointmentTypeCode[] {
  return Array.isArray(value) && value.length > 0 && value.every((code) => typeof code === 'string' && isAppointmentTypeCode(code));
}

/** An object whose every key matches `keys` and every value passes `check`. */
function IsRecordOf(keys: RegExp, check: (value: unknown) => boolean, shape: string): PropertyDecorator {
  return ValidateBy({
    name: 'isRecordOf',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(value).every(([key, entry]) => keys.test(key) && check(entry)),
      defaultMessage: (args) => `${args?.property} must map ${shape}`,
    },
  });
}

export class DemoOffice {
  @Matches(KEY, { message: 'key must be lower-case letters, digits and dashes' })
  key: string;

  @IsString()
  @MaxLength(80)
  name: string;

  @IsString()
  address: string;

  /** The public telephone number; left out: the office has none of its own. */
  @IsOptional()
  @Matches(TELEPHONE_NUMBER_PATTERN, { message: 'phone must be a telephone number of digits, spaces and + ( ) -' })
  phone?: string;

  @IsRecordOf(WEEKDAY_KEY, isTimeRange, 'ISO weekdays ("1" = Monday) to ["HH:mm", "HH:mm"], opening before closing')
  openingHours: OpeningHours;
}

export class DemoStaffMember {
  @IsString()
  @MaxLength(120)
  name: string;

  @IsEmail()
  email: string;

  @IsArray()
  @ArrayNotEmpty()
  @IsIn(STAFF_ROLES, { each: true, message: `roles may contain ${STAFF_ROLES.join(', ')}` })
  roles: StaffRole[];

  @IsArray()
  @Matches(KEY, { each: true, message: 'offices must list office keys' })
  offices: string[];
}

class RotaSessionSeed {
  @IsEmail()
  registrar: string;

  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @Matches(KEY)
  part: string;

  /** null: a telephone session. */
  @ValidateIf((_session, value) => value !== null)
  @Matches(KEY)
  office: string | null;

  @Matches(KEY)
  types: string;
}

class RotaSeed {
  @IsRecordOf(KEY, isTimeRange, 'names to ["HH:mm", "HH:mm"], start before end')
  parts: Record<string, readonly [string, string]>;

  @IsRecordOf(KEY, isTypeList, `names to lists of ${APPOINTMENT_TYPE_CODES.join(', ')}`)
  typeSets: Record<string, AppointmentTypeCode[]>;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RotaSessionSeed)
  sessions: RotaSessionSeed[];
}

export class DemoResidents {
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  firstNames: string[];

  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  surnames: string[];
}

export class DemoBenchmark {
  @IsString()
  indicator: string;

  @IsString()
  period: string;

  @IsIn(BENCHMARK_AREAS)
  area: BenchmarkArea;

  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(100)
  value: number;
}

export class DemoSurvey {
  @IsString()
  period: string;

  @IsInt()
  @Min(0)
  veryGood: number;

  @IsInt()
  @Min(0)
  good: number;

  @IsInt()
  @Min(1)
  total: number;
}

/** DOMAIN.md's reference figures: the region's and England's, and the last customer survey. */
export class DemoReferences {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DemoBenchmark)
  benchmarks: DemoBenchmark[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DemoSurvey)
  surveys: DemoSurvey[];
}

/** One weekly session of the rota, its part of the day and type set spelt out. */
export interface DemoRotaSession {
  readonly registrar: string;
  readonly weekday: number;
  readonly office: string | null;
  readonly startTime: string;
  readonly endTime: string;
  readonly acceptedTypes: readonly AppointmentTypeCode[];
}

export interface DemoData {
  readonly offices: readonly DemoOffice[];
  readonly staff: readonly DemoStaffMember[];
  readonly rota: readonly DemoRotaSession[];
  readonly residents: DemoResidents;
  readonly references: DemoReferences;
  readonly history: ReferenceHistory;
}

/** The `seeds/` workspace package, wherever npm linked it; looked up only when seeding. */
export function seedsDirectory(): string {
  return dirname(require.resolve('@regflow/seeds/package.json'));
}

function messages(errors: readonly ValidationError[], path: string): string[] {
  return errors.flatMap((error) => {
    const field = `${path}.${error.property}`;
    return [...Object.values(error.constraints ?? {}).map((problem) => `${field}: ${problem}`), ...messages(error.children ?? [], field)];
  });
}

function validated<T extends object>(file: string, shape: new () => T, plain: unknown, problems: string[]): T {
  const instance = plainToInstance(shape, plain);
  problems.push(...messages(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }), file));
  return instance;
}

function readJson(directory: string, file: string): unknown {
  return JSON.parse(readFileSync(join(directory, file), 'utf8'));
}

function readList<T extends object>(directory: string, file: string, shape: new () => T, problems: string[]): T[] {
  const plain = readJson(directory, file);
  if (!Array.isArray(plain)) {
    problems.push(`${file} must hold a list`);
    return [];
  }
  return plain.map((item, index) => validated(`${file}[${index}]`, shape, item, problems));
}

/** Everything the JSON schema cannot say: references resolve, sessions fit opening hours and never overlap. */
function crossCheck(offices: readonly DemoOffice[], staff: readonly DemoStaffMember[], rota: readonly DemoRotaSession[]): string[] {
  const problems: string[] = [];
  const officesByKey = new Map(offices.map((office) => [office.key, office]));
  const registrars = new Set(staff.filter((member) => member.roles.includes('registrar')).map((member) => member.email));
  for (const member of staff) {
    for (const key of member.offices) if (!officesByKey.has(key)) problems.push(`staff.json: ${member.email} works at "${key}", which offices.json does not list`);
  }
  rota.forEach((session, index) => {
    const where = `rota.json sessions[${index}]`;
    if (!registrars.has(session.registrar)) problems.push(`${where}: ${session.registrar} is not a registrar in staff.json`);
    if (session.office === null) return;
    const office = officesByKey.get(session.office);
    const hours = office?.openingHours[String(session.weekday) as keyof OpeningHours];
    if (!office) problems.push(`${where}: there is no office "${session.office}"`);
    else if (!hours || session.startTime < hours[0] || session.endTime > hours[1]) {
      problems.push(`${where}: ${office.name} is not open ${session.startTime}–${session.endTime} on weekday ${session.weekday}`);
    }
  });
  rota.forEach((session, index) => {
    const clash = rota.findIndex(
      (other, otherIndex) =>
        otherIndex < index && other.registrar === session.registrar && other.weekday === session.weekday && other.startTime < session.endTime && session.startTime < other.endTime,
    );
    if (clash >= 0) problems.push(`rota.json sessions[${index}] overlaps sessions[${clash}] of ${session.registrar}`);
  });
  return problems;
}

/** Reads and checks the demo data files; throws `invalid-demo-data` listing every problem. */
export function loadDemoData(directory: string = seedsDirectory()): DemoData {
  const problems: string[] = [];
  const offices = readList(directory, 'offices.json', DemoOffice, problems);
  const staff = readList(directory, 'staff.json', DemoStaffMember, problems);
  const rotaFile = validated('rota.json', RotaSeed, readJson(directory, 'rota.json'), problems);
  const residents = validated('residents.json', DemoResidents, readJson(directory, 'residents.json'), problems);
  const references = validated('benchmarks.json', DemoReferences, readJson(directory, 'benchmarks.json'), problems);
  if (problems.length > 0) throw seedingErrors.invalidDemoData(problems);

  const rota: DemoRotaSession[] = [];
  rotaFile.sessions.forEach((session, index) => {
    const part = rotaFile.parts[session.part];
    const acceptedTypes = rotaFile.typeSets[session.types];
    if (!part) problems.push(`rota.json sessions[${index}]: there is no part "${session.part}"`);
    if (!acceptedTypes) problems.push(`rota.json sessions[${index}]: there is no type set "${session.types}"`);
    if (part && acceptedTypes) {
      rota.push({ registrar: session.registrar, weekday: session.weekday, office: session.office, startTime: part[0], endTime: part[1], acceptedTypes });
    }
  });
  problems.push(...crossCheck(offices, staff, rota));
  if (problems.length > 0) throw seedingErrors.invalidDemoData(problems);
  return { offices, staff, rota, residents, references, history: loadReferenceHistory(directory) };
}

/** The id a seeded row was given for a key the data files use; the loader has checked every reference. */
export function idFor(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw seedingErrors.invalidDemoData([`nothing was seeded for "${key}"`]);
  return id;
}
