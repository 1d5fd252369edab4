import type { AvailabilityResponse } from '@regflow/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { RegflowDataProvider, StaffAvailabilityQuery } from '../data-provider';

export interface Availability {
  readonly availability: AvailabilityResponse | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  /** Asks again: after a refusal of a time that was free a moment ago. */
  readonly refresh: () => void;
}

interface Answer {
  readonly key: string;
  readonly availability?: AvailabilityResponse;
  readonly error?: Error;
}

/** Free times for `query`, asked again whenever it changes; nothing while it is null. */
export function useAvailability(query: StaffAvailabilityQuery | null): Availability {
  const dataProvider = useDataProvider<RegflowDataProvider>();
  const [asked, setAsked] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const key = query ? `${JSON.stringify(query)}#${asked}` : '';

  useEffect(() => {
    if (!query) return;
    let current = true;
    dataProvider.availability(query).then(
      (availability) => current && setAnswer({ key, availability }),
      (error: unknown) => current && setAnswer({ key, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the query: a new object with the same content is the same question.
  }, [key, dataProvider]);

  const refresh = useCallback(() => setAsked((previous) => previous + 1), []);
  const answered = answer !== undefined && answer.key === key;
  return {
    availability: answered ? answer.availability : undefined,
    error: answered ? answer.error : undefined,
    loading: query !== null && !answered,
    refresh,
  };
}
