import { Box, Typography } from '@mui/material';
import type { AppointmentResponse, CreateAppointmentRequest, SlotResponse } from '@regflow/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { londonDayOf } from '../dates/london';
import { useAvailability } from '../free-times/use-availability';
import { useAppointmentTypes } from '../reference-data/use-reference-data';
import { asksForTheSameTimes, availabilityQueryOf, NO_DETAILS, NOTHING_CHOSEN, TimesView, waitingFor, WhatToBook } from './booking-request';
import { BookedSummary } from './BookedSummary';
import { ChooseTimeSection } from './ChooseTimeSection';
import { DetailsSection } from './DetailsSection';
import { WhatToBookSection } from './WhatToBookSection';

interface Booked {
  readonly appointment: AppointmentResponse;
  readonly request: CreateAppointmentRequest;
}

/** Staff book a caller or a visitor: type, first offer (or another time), details, booked. */
export function BookByPhonePage() {
  const translate = useTranslate();
  const today = useMemo(() => londonDayOf(Date.now()), []);
  const everywhereFromToday: TimesView = { from: today, officeId: null };
  const { types, isPending: typesPending, error: typesError, refetch: refetchTypes } = useAppointmentTypes();
  const [what, setWhat] = useState<WhatToBook>(NOTHING_CHOSEN);
  const [view, setView] = useState<TimesView>(everywhereFromToday);
  const [chosen, setChosen] = useState<SlotResponse | null>(null);
  const [details, setDetails] = useState(NO_DETAILS);
  const [taken, setTaken] = useState<string>();
  const [booked, setBooked] = useState<Booked>();
  const firstTypeRef = useRef<HTMLInputElement>(null);
  const takenRef = useRef<HTMLDivElement>(null);
  const bookedHeadingRef = useRef<HTMLHeadingElement>(null);
  const startedAgain = useRef(false);

  const lookingEverywhereFromToday = view.from === today && view.officeId === null;
  // The first offer stays in view (and is asked for once) while staff page on or pick an office.
  const firstLook = useAvailability(availabilityQueryOf(what, everywhereFromToday));
  const otherTimes = useAvailability(lookingEverywhereFromToday ? null : availabilityQueryOf(what, view));
  const times = lookingEverywhereFromToday ? firstLook : otherTimes;

  useEffect(() => {
    if (taken) takenRef.current?.focus();
  }, [taken]);
  // Keep the keyboard where the work is: on the confirmation, then on the next booking's first question.
  useEffect(() => {
    if (booked) bookedHeadingRef.current?.focus();
    else if (startedAgain.current) firstTypeRef.current?.focus();
    startedAgain.current = false;
  }, [booked]);

  const changeWhat = (next: WhatToBook) => {
    setWhat(next);
    if (asksForTheSameTimes(what, next)) return;
    setView((previous) => ({ ...previous, from: today }));
    setChosen(null);
    setTaken(undefined);
  };
  const choose = (slot: SlotResponse) => {
    setChosen(slot);
    setTaken(undefined);
  };
  const timeRefused = (message: string) => {
    setChosen(null);
    setTaken(message);
    firstLook.refresh();
    otherTimes.refresh();
  };
  const bookAnother = () => {
    setWhat(NOTHING_CHOSEN);
    setView(everywhereFromToday);
    setChosen(null);
    setDetails(NO_DETAILS);
    setTaken(undefined);
    setBooked(undefined);
    startedAgain.current = true;
  };

  const title = translate('regflow.book_by_phone.title');
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={title} />
      <Typography component="h1" variant="h5" gutterBottom>
        {title}
      </Typography>
      {booked ? (
        <BookedSummary
          appointment={booked.appointment}
          request={booked.request}
          type={types.find((type) => type.code === booked.appointment.type)}
          onBookAnother={bookAnother}
          headingRef={bookedHeadingRef}
        />
      ) : (
        <>
          <WhatToBookSection
            what={what}
            onChange={changeWhat}
            types={types}
            typesPending={typesPending}
            typesError={typesError}
            retryTypes={() => void refetchTypes()}
            firstTypeRef={firstTypeRef}
          />
          <ChooseTimeSection
            waitingFor={waitingFor(what)}
            firstLook={firstLook}
            times={times}
            view={view}
            today={today}
            onViewChange={setView}
            chosen={chosen}
            onChoose={choose}
            taken={taken}
            takenRef={takenRef}
          />
          {chosen && what.type && (
            <DetailsSection
              type={what.type}
              what={what}
              slot={chosen}
              today={today}
              details={details}
              onChange={setDetails}
              onBooked={(appointment, request) => setBooked({ appointment, request })}
              onTimeRefused={timeRefused}
            />
          )}
        </>
      )}
    </Box>
  );
}
