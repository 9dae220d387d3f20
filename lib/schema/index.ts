export * from './manifest';
export * from './primitives';
export * from './records';
