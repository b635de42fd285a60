/**
 * core/v1 Event validation on create, following pkg/apis/core/validation/events.go
 * (ValidateEventCreate, legacyValidateEvent): object metadata with a DNS-subdomain name, and for
 * an event without eventTime the involved object's namespace must be the event's (an involved
 * object without namespace only in "default").
 */
import type { FieldCause } from '../errors';
import type { Event } from '../objects/core';
import { invalid } from './field';
import { nameIsDNSSubdomain, validateObjectMeta } from './meta';

export function validateEvent(ev: Event & { eventTime?: string }): FieldCause[] {
  const errs = validateObjectMeta(ev.metadata, nameIsDNSSubdomain);
  if (ev.eventTime) return errs;
  const namespace = ev.metadata.namespace ?? '';
  const involved = ev.involvedObject?.namespace ?? '';
  const matches =
    involved === '' ? namespace === '' || namespace === 'default' : involved === namespace;
  if (!matches)
    errs.push(invalid('involvedObject.namespace', involved, 'does not match event.namespace'));
  return errs;
}
