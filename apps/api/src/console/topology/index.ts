export * from './topology-model';
export * from './layout';
export * from './render-topology';
export * from './elk-worker';
