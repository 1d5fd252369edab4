import type { AlertResponse } from '@regflow/contracts';
import type { CsvExport } from '../shared/csv-export';
import { londonWallClock } from '../../dates/london';
import { KIND_MESSAGES } from './alert-choices';

const FIELDS = 'resources.alerts.fields';
const CSV = 'regflow.lists.alerts.csv';

export const alertCsv: CsvExport<AlertResponse> = {
  fileName: 'alerts',
  references: { resolvedBy: 'staff' },
  columns: [
    { header: `${CSV}.raised_at`, value: (alert) => alert.raisedAt },
    { header: `${CSV}.raised_london`, value: (alert) => londonWallClock(alert.raisedAt) },
    { header: `${FIELDS}.kind`, value: (alert, { translate }) => translate(`${KIND_MESSAGES}.${alert.kind}`) },
    { header: `${FIELDS}.summary`, value: (alert) => alert.summary },
    { header: `${FIELDS}.appointmentId`, value: (alert) => alert.appointmentId },
    { header: `${CSV}.resolved_at`, value: (alert) => alert.resolvedAt },
    { header: `${CSV}.resolved_london`, value: (alert) => londonWallClock(alert.resolvedAt) },
    { header: `${CSV}.resolved_by`, value: (_, { nameOf }) => nameOf('resolvedBy') },
  ],
};
