import type { SlotResponse } from '@regflow/contracts';
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { formatLondonInstant } from '../dates/london';
import { usePlaceName } from '../reference-data/use-reference-data';

export type SlotPlace = Pick<SlotResponse, 'officeId' | 'startsAt'>;

/** "Tue 8 Dec 2026, 09:30 at Cheltenham Register Office", or "…, by telephone". */
export function useSlotInWords(): (slot: SlotPlace) => string {
  const translate = useTranslate();
  const placeName = usePlaceName();
  return useCallback(
    (slot) => {
      const when = formatLondonInstant(slot.startsAt, 'day-time');
      return slot.officeId === null
        ? translate('regflow.book_by_phone.slot.by_telephone', { when })
        : translate('regflow.book_by_phone.slot.at_office', { when, place: placeName(slot.officeId) });
    },
    [placeName, translate],
  );
}
