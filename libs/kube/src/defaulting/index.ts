export * from './defaults';
export { defaultObject } from './default-object';
