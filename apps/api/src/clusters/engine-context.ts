import { randomUUID } from 'node:crypto';
import type { AdmissionContext } from '@app/netsim';

/** The real clock and UIDs for the pure engine. */
export const systemAdmissionContext: AdmissionContext = {
  now: () => new Date(),
  newUid: () => randomUUID(),
};
