import { findKind } from './registry';

describe('findKind', () => {
  it('resolves kinds by Kind, plural, singular and short name like kubectl does', () => {
    expect(findKind('Service')?.resource).toBe('services');
    expect(findKind('svc')?.kind).toBe('Service');
    expect(findKind('netpol')?.apiVersion).toBe('networking.k8s.io/v1');
    expect(findKind('endpointslices')?.namespaced).toBe(true);
    expect(findKind('nodes')?.namespaced).toBe(false);
    expect(findKind('gadget')).toBeUndefined();
  });
});
