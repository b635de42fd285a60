/**
 * A direction's verdict is a list of effects (kind, tier, action, priority) resolved in order,
 * with NetworkPolicy v1 as one tier: its admitting rules Allow, its isolation Denies what they
 * do not. Tiered kinds (ClusterNetworkPolicy's Admin and Baseline tiers) add effects around it.
 */
import { compilePolicies } from './compile';
import { evaluate, resolveEffects } from './evaluate';
import { allowFrontend, docsNamespaces, docsPods } from './test-support/docs-cluster';
import type { PolicyEffect } from './types';

const idx = (name: string): number =>
  docsPods.findIndex((p) => `${p.namespace}/${p.name}` === name);
const compiled = compilePolicies({
  pods: docsPods,
  namespaces: docsNamespaces,
  policies: [allowFrontend],
});

const effect = (
  tier: PolicyEffect['tier'],
  action: PolicyEffect['action'],
  priority = 0,
  policy = `${tier}-${action}-${priority}`,
): PolicyEffect => ({ kind: 'NetworkPolicy', tier, action, priority, policy });

describe('NetworkPolicy as one tier of effects', () => {
  it('an admitting rule is an Allow that decides before the isolation Deny', () => {
    const v = evaluate(compiled, {
      from: idx('default/frontend'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(v.ingress.effects).toEqual([
      expect.objectContaining({ action: 'Allow', policy: 'default/allow-frontend', ruleIndex: 0 }),
      expect.objectContaining({ action: 'Deny', policy: 'default/allow-frontend', priority: 1 }),
    ]);
    expect(v.ingress.decidedBy).toMatchObject({ action: 'Allow', tier: 'NetworkPolicy' });
    expect(v.ingress.allowed).toBe(true);
  });

  it('isolation without an admitting rule is the Deny that decides', () => {
    const v = evaluate(compiled, {
      from: idx('other/client'),
      to: idx('default/backend'),
      port: 80,
    });
    expect(v.ingress.effects).toEqual([expect.objectContaining({ action: 'Deny' })]);
    expect(v.ingress.decidedBy?.policy).toBe('default/allow-frontend');
    expect(v.ingress.allowed).toBe(false);
  });

  it('no policy has a say: no effects, allowed, nothing decided', () => {
    const v = evaluate(compiled, {
      from: idx('default/backend'),
      to: idx('default/frontend'),
      port: 80,
    });
    expect(v.ingress.effects).toEqual([]);
    expect(v.ingress.decidedBy).toBeUndefined();
    expect(v.ingress.allowed).toBe(true);
  });
});

describe('resolveEffects', () => {
  it('resolves tier by tier: an earlier tier decides before NetworkPolicy', () => {
    const admin = effect('Admin', 'Deny');
    expect(resolveEffects([effect('NetworkPolicy', 'Allow'), admin])).toEqual({
      allowed: false,
      decidedBy: admin,
    });
  });

  it('Pass skips the rest of its tier, down to the next one', () => {
    const np = effect('NetworkPolicy', 'Allow');
    expect(
      resolveEffects([effect('Admin', 'Deny', 5), effect('Admin', 'Pass', 1), np]).decidedBy,
    ).toBe(np);
  });

  it('within a tier the lowest priority wins; with nothing deciding, traffic is allowed', () => {
    const first = effect('Baseline', 'Allow', 2);
    expect(resolveEffects([effect('Baseline', 'Deny', 7), first]).decidedBy).toBe(first);
    expect(resolveEffects([effect('Admin', 'Pass')])).toEqual({ allowed: true });
  });
});
