import type { RequestResponse } from '@regflow/contracts';
import type { CsvExport } from '../shared/csv-export';
import { londonWallClock } from '../../dates/london';
import { CHANNEL_MESSAGES } from './request-choices';

const FIELDS = 'resources.requests.fields';
const CSV = 'regflow.lists.requests.csv';

const yesNo = (value: boolean, translate: (key: string) => string) => translate(value ? 'regflow.lists.yes' : 'regflow.lists.no');

/** The requests as the list shows them: days as `yyyy-mm-dd`, instants in UTC and on London's clock. */
export const requestCsv: CsvExport<RequestResponse> = {
  fileName: 'requests',
  references: { typeCode: 'appointment-types' },
  columns: [
    { header: `${FIELDS}.serviceDay`, value: (request) => request.serviceDay },
    { header: `${CSV}.requested_at`, value: (request) => request.requestedAt },
    { header: `${CSV}.requested_london`, value: (request) => londonWallClock(request.requestedAt) },
    { header: `${FIELDS}.typeCode`, value: (_, { nameOf }) => nameOf('typeCode') },
    { header: `${CSV}.type_code`, value: (request) => request.typeCode },
    { header: `${FIELDS}.channel`, value: (request, { translate }) => translate(`${CHANNEL_MESSAGES}.${request.channel}`) },
    { header: `${FIELDS}.deadline`, value: (request) => request.deadline },
    { header: `${CSV}.first_offer_at`, value: (request) => request.firstOfferStartsAt },
    { header: `${CSV}.first_offer_london`, value: (request) => londonWallClock(request.firstOfferStartsAt) },
    { header: `${FIELDS}.offeredWithinTarget`, value: (request, { translate }) => yesNo(request.offeredWithinTarget, translate) },
    { header: `${FIELDS}.appointmentId`, value: (request) => request.reference },
    { header: `${FIELDS}.eventDateMissing`, value: (request, { translate }) => yesNo(request.eventDateMissing, translate) },
    { header: `${FIELDS}.coronerReferral`, value: (request, { translate }) => yesNo(request.coronerReferral, translate) },
  ],
};
