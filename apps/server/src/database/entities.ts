import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { CommentaryEntity } from '../modules/compliance/commentary.entity';
import { ComplianceTargetEntity } from '../modules/compliance/compliance-target.entity';
import { BenchmarkEntity } from '../modules/compliance/benchmark.entity';
import { SurveyResultEntity } from '../modules/compliance/survey-result.entity';
import { HistoricalEventEntity } from '../modules/compliance/historical-event.entity';
import { ComplianceSnapshotEntity } from '../modules/compliance/compliance-snapshot.entity';
import { SatisfactionAnswerEntity } from '../modules/compliance/satisfaction-answer.entity';
import { MessageEntity } from '../modules/notifications/message.entity';
import { OutboxEntryEntity } from '../modules/notifications/outbox-entry.entity';
import { StaffAlertEntity } from '../modules/notifications/staff-alert.entity';
import { DiarySessionEntity } from '../modules/diaries/diary-session.entity';
import { ServiceClosureEntity } from '../modules/settings/service-closure.entity';
import { SessionBlockEntity } from '../modules/diaries/session-block.entity';
import { SessionTemplateEntity } from '../modules/diaries/session-template.entity';
import { OfficeClosedDayEntity } from '../modules/settings/office-closed-day.entity';
import { OfficeEntity } from '../modules/settings/office.entity';
import { AppointmentRequestEntity } from '../modules/scheduling/appointment-request.entity';
import { AppointmentOfficerEntity } from '../modules/diaries/appointment-officer.entity';
import { AppointmentTypeEntity } from '../modules/settings/appointment-type.entity';
import { AppointmentEntity } from '../modules/scheduling/appointment.entity';
import { BookingSuspensionEntity } from '../modules/settings/booking-suspension.entity';
import { StaffOfficeEntity } from '../modules/staff/staff-office.entity';
import { StaffUserEntity } from '../modules/staff/staff-user.entity';
import { InstallationEntity } from '../modules/system/installation.entity';

/** Every entity of the one DataSource. */
export const ENTITIES = [
  OfficeEntity,
  OfficeClosedDayEntity,
  StaffUserEntity,
  StaffOfficeEntity,
  AppointmentTypeEntity,
  DiarySessionEntity,
  SessionTemplateEntity,
  SessionBlockEntity,
  ServiceClosureEntity,
  BookingSuspensionEntity,
  AppointmentRequestEntity,
  AppointmentEntity,
  AppointmentOfficerEntity,
  AuditEntryEntity,
  MessageEntity,
  OutboxEntryEntity,
  StaffAlertEntity,
  CommentaryEntity,
  ComplianceSnapshotEntity,
  HistoricalEventEntity,
  SurveyResultEntity,
  SatisfactionAnswerEntity,
  BenchmarkEntity,
  ComplianceTargetEntity,
  InstallationEntity,
];
