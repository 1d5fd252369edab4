export * from './appointment-types';
export * from './health';
