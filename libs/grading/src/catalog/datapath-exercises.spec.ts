/** The datapath exercises fail for the datapath's reason, not by accident. */
import { findBuiltInExercise } from './index';
import { grade } from '../grade';
import { simulateSetup } from '../setup';

const observed = (slug: string) => {
  const exercise = findBuiltInExercise(slug)!;
  return grade(exercise.parsed, simulateSetup(exercise.parsed)).checks[0];
};

describe('datapath exercises, untouched', () => {
  it('route between subnets: no route from node-1 to node-2 without encapsulation', () => {
    const check = observed('datapath-route-between-subnets');
    expect(check.observed).toEqual({ allowed: false, verdict: 'no-route' });
    expect(check.explanation).toContain('ipipMode and vxlanMode Never');
  });

  it('MTU stall: full-size packets dropped after 50 bytes of VXLAN', () => {
    const check = observed('datapath-mtu-stall');
    expect(check.observed).toEqual({ allowed: false, verdict: 'dropped' });
    expect(check.explanation).toContain('50 bytes of encapsulation');
  });
});
