import { Box, Stack, Typography } from '@mui/material';
import { APPOINTMENT_TYPE_CODES } from '@regflow/contracts';
import type { CSSProperties, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { BLOCK_STYLE, SESSION_STYLE, TELEPHONE_SESSION_STYLE, TYPE_COLOURS } from './diary-colours';
import { ModeIcon } from './DiaryEventContent';

const KEY = 'regflow.diary';

/** What the colours, patterns and icons on the calendar mean. */
export function DiaryLegend() {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(`${KEY}.legend.title`)}
      </Typography>
      <Stack component="ul" direction="row" useFlexGap flexWrap="wrap" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {APPOINTMENT_TYPE_CODES.map((type) => (
          <Entry key={type} swatch={{ backgroundColor: TYPE_COLOURS[type] }}>
            {translate(`${KEY}.types.${type}`)}
          </Entry>
        ))}
        <Entry swatch={SESSION_STYLE}>{translate(`${KEY}.legend.session`)}</Entry>
        <Entry swatch={TELEPHONE_SESSION_STYLE}>{translate(`${KEY}.legend.telephone_session`)}</Entry>
        <Entry swatch={BLOCK_STYLE}>{translate(`${KEY}.legend.block`)}</Entry>
        <Entry icon={<ModeIcon mode="telephone" />}>{translate(`${KEY}.legend.telephone`)}</Entry>
        <Entry icon={<ModeIcon mode="face-to-face" />}>{translate(`${KEY}.legend.face_to_face`)}</Entry>
      </Stack>
    </Box>
  );
}

function Entry({ swatch, icon, children }: { readonly swatch?: CSSProperties; readonly icon?: ReactNode; readonly children: ReactNode }) {
  return (
    <Stack component="li" direction="row" alignItems="center" spacing={0.75}>
      {swatch && <Box aria-hidden sx={{ width: 18, height: 18, borderRadius: 0.5, flexShrink: 0, ...swatch }} />}
      {icon}
      <Typography variant="body2" component="span">
        {children}
      </Typography>
    </Stack>
  );
}
