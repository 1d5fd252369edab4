export * from './reminder-plan';
export * from './message-format';
export * from './message-texts';
export * from './satisfaction';
