export * from './domain.errors';
export * from './instants';
export * from './appointment-types';
export * from './targets';
export * from './slot-id';
export * from './availability';
export * from './reference';
export * from './session-templates';
