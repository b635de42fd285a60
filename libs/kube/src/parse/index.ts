export * from './manifests';
export * from './input-limits';
