// The upstream schemas of the served kinds: the generated catalog and each kind's root type.
export * from './field-catalog';
export { KIND_SCHEMAS } from '../kinds/registry';
