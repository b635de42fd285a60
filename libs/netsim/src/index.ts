export * from './cluster-config';
export * from './snapshot';
export * from './ports/context';
export * from './admission/write-op';
