import { runFieldCheck } from './field-check';
import { check, cluster, WEB } from './test-support/cluster';
import type { FieldCheck } from '../spec/exercise-spec';

const sim = cluster(WEB);
const field = (path: string, expect: object, object: object = { kind: 'Service', name: 'web' }) =>
  runFieldCheck(sim, check<FieldCheck>({ kind: 'field', object, path, expect }));

describe('field check', () => {
  it('reads stored values, defaults included, and compares scalars by text', () => {
    expect(field('spec.type', { equals: 'ClusterIP' }).passed).toBe(true);
    expect(field('{.spec.ports[0].port}', { equals: '80' }).passed).toBe(true);
    expect(field('spec.selector', { equals: { app: 'web' } }).passed).toBe(true);
  });

  it('exists and matches', () => {
    expect(field('spec.clusterIP', { matches: '^10\\.96\\.' }).passed).toBe(true);
    expect(field('spec.externalName', { exists: false }).passed).toBe(true);
    const out = field('spec.externalName', { exists: true });
    expect(out.passed).toBe(false);
    expect(out.observed).toBeNull();
    expect(out.explanation).toContain('spec.externalName is not set');
  });

  it('reads Pods and cluster-scoped objects', () => {
    expect(
      field('status.podIP', { equals: '10.244.1.11' }, { kind: 'Pod', name: 'web-1' }).passed,
    ).toBe(true);
    expect(
      field(
        "metadata.labels['kubernetes.io/metadata.name']",
        { equals: 'kube-system' },
        { kind: 'Namespace', name: 'kube-system' },
      ).passed,
    ).toBe(true);
  });

  it('observes a list for wildcard paths', () => {
    const out = field('spec.ports[*].name', { equals: ['http'] });
    expect(out).toMatchObject({ passed: true, observed: ['http'] });
  });

  it('throws NotFound for a missing object', () => {
    expect(() => field('spec', { exists: true }, { kind: 'Service', name: 'ghost' })).toThrow(
      'services "ghost" not found',
    );
  });
});
