import type { AppointmentTypeCode } from '@regflow/contracts';
import type { CSSProperties } from 'react';

/** Each type's fill; white text on each reaches WCAG AA (4.5:1), and no two types share a hue. */
export const TYPE_COLOURS: Readonly<Record<AppointmentTypeCode, string>> = {
  birth: '#2e7d32',
  'still-birth': '#6a1b9a',
  death: '#37474f',
  notice: '#1565c0',
  'notice-referred': '#00695c',
  ceremony: '#ad1457',
};

export const APPOINTMENT_TEXT = '#ffffff';

/** Sessions sit behind the appointments: pale, with dark text, so both stay readable. */
export const SESSION_STYLE: CSSProperties = {
  backgroundColor: '#e3f2fd',
  color: '#0d3c61',
  border: '1px solid #90caf9',
  opacity: 1,
};

/** Telephone sessions differ from office ones by pattern as well as colour. */
export const TELEPHONE_SESSION_STYLE: CSSProperties = {
  ...SESSION_STYLE,
  backgroundColor: '#fff8e1',
  color: '#4e342e',
  border: '1px dashed #a1887f',
};

/** Blocked time: grey hatching, dark text. */
export const BLOCK_STYLE: CSSProperties = {
  background: 'repeating-linear-gradient(135deg, #eeeeee 0 6px, #d6d6d6 6px 12px)',
  color: '#212121',
  border: '1px solid #616161',
};
