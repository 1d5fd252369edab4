import { APPOINTMENT_TYPE_CODES } from '@regflow/contracts';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_TEXT, TYPE_COLOURS } from './diary-colours';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('appointment colours', () => {
  it.each(APPOINTMENT_TYPE_CODES)('gives %s text readable at WCAG AA (4.5:1)', (type) => {
    expect(contrast(TYPE_COLOURS[type], APPOINTMENT_TEXT)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every type its own colour', () => {
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(APPOINTMENT_TYPE_CODES.length);
  });
});
