export * from './calendar.errors';
export * from './civil-date';
export * from './service-day';
export * from './bank-holidays';
export * from './working-days';
export * from './wall-clock';
