export * from './environment';
export * from './database.config';
export * from './redis.config';
export * from './http.config';
export * from './runtime.config';
export * from './queue.config';
export * from './secrets.config';
export * from './workflow.config';
