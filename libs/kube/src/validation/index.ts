export { validateObject, invalidError, formatCause } from './validate';
export { validatePodSpec, validatePortNumOrName, SUPPORTED_PORT_PROTOCOLS } from './core';
export {
  validateObjectMeta,
  validateAnnotations,
  nameIsDNSSubdomain,
  nameIsDNSLabel,
  nameIsDNS1035Label,
} from './meta';
export type { NameValidator } from './meta';
export { MAX_ENDPOINTS_PER_SLICE } from './networking';
export { CauseType, formatBadValue } from './field';
export { isIPSloppy, isIPv6, parseIPv4Sloppy, parseCIDRSloppy } from './ip';
export * as field from './field';
