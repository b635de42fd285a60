import { KubeError } from '../errors';
import {
  formatLabelSelector,
  matchesLabelSelector,
  matchesRequirements,
  matchesSelectorMap,
  parseSelector,
  validateLabelSelector,
} from './label-selector';

const labels = { app: 'web', tier: 'frontend', env: 'prod' };

describe('matchesLabelSelector (metav1.LabelSelectorAsSelector)', () => {
  it('null selects nothing, {} selects everything', () => {
    expect(matchesLabelSelector(null, labels)).toBe(false);
    expect(matchesLabelSelector(undefined, labels)).toBe(false);
    expect(matchesLabelSelector({}, labels)).toBe(true);
    expect(matchesLabelSelector({}, undefined)).toBe(true);
  });

  it('ANDs matchLabels and matchExpressions (docs: labels "Resources that support set-based requirements")', () => {
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In' as const, values: ['frontend', 'cache'] },
        { key: 'env', operator: 'NotIn' as const, values: ['dev'] },
      ],
    };
    expect(matchesLabelSelector(sel, labels)).toBe(true);
    expect(matchesLabelSelector(sel, { ...labels, tier: 'db' })).toBe(false);
    expect(matchesLabelSelector(sel, { app: 'web', tier: 'cache' })).toBe(true); // NotIn matches an absent key
  });

  it('Exists / DoesNotExist test presence only', () => {
    expect(
      matchesLabelSelector({ matchExpressions: [{ key: 'env', operator: 'Exists' }] }, labels),
    ).toBe(true);
    expect(
      matchesLabelSelector(
        { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] },
        labels,
      ),
    ).toBe(false);
    expect(
      matchesLabelSelector(
        { matchExpressions: [{ key: 'gpu', operator: 'DoesNotExist' }] },
        labels,
      ),
    ).toBe(true);
  });

  it('an unconvertible selector (In without values) selects nothing', () => {
    expect(
      matchesLabelSelector(
        { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] },
        labels,
      ),
    ).toBe(false);
  });

  it('formats like metav1.FormatLabelSelector', () => {
    expect(formatLabelSelector({})).toBe('<none>');
    expect(
      formatLabelSelector({
        matchLabels: { role: 'db' },
        matchExpressions: [{ key: 'env', operator: 'In', values: ['qa', 'prod'] }],
      }),
    ).toBe('env in (prod,qa),role=db');
  });
});

describe('matchesSelectorMap (Service spec.selector)', () => {
  it('needs every pair; extra labels on the Pod do not matter', () => {
    expect(matchesSelectorMap({ app: 'web' }, labels)).toBe(true);
    expect(matchesSelectorMap({ app: 'web', tier: 'backend' }, labels)).toBe(false);
  });
  it('an absent or empty selector manages no endpoints', () => {
    expect(matchesSelectorMap(undefined, labels)).toBe(false);
    expect(matchesSelectorMap({}, labels)).toBe(false);
  });
});

// Grammar and cases from staging/src/k8s.io/apimachinery/pkg/labels/selector_test.go (TestSelectorParse).
describe('parseSelector (labels.Parse)', () => {
  it('parses every operator', () => {
    expect(parseSelector('')).toEqual([]);
    expect(parseSelector('x=a,y=b,z=c')).toHaveLength(3);
    expect(parseSelector('x==a')).toEqual([{ key: 'x', operator: '==', values: ['a'] }]);
    expect(parseSelector('x!=a')).toEqual([{ key: 'x', operator: '!=', values: ['a'] }]);
    expect(parseSelector('x in (a, b)')).toEqual([
      { key: 'x', operator: 'in', values: ['a', 'b'] },
    ]);
    expect(parseSelector('x notin (a)')).toEqual([{ key: 'x', operator: 'notin', values: ['a'] }]);
    expect(parseSelector('x,!y')).toEqual([
      { key: 'x', operator: 'exists', values: [] },
      { key: 'y', operator: '!', values: [] },
    ]);
    expect(parseSelector('x=')).toEqual([{ key: 'x', operator: '=', values: [''] }]);
    expect(parseSelector('x>1')).toEqual([{ key: 'x', operator: 'gt', values: ['1'] }]);
    expect(parseSelector('app.kubernetes.io/name=web')[0].key).toBe('app.kubernetes.io/name');
  });

  it('refuses bad syntax with BadRequest', () => {
    for (const bad of [
      'x=a||y=b',
      'x==a==b',
      '!x=a',
      'x<a',
      'x in (',
      'x in ()',
      ',x',
      'x,',
      'x=a b',
      'x=-a',
      'x notin',
    ]) {
      expect(() => parseSelector(bad)).toThrow(KubeError);
    }
    expect(() => parseSelector('x=a b')).toThrow("found 'b', expected: ',' or 'end of string'");
    expect(() => parseSelector('x in ()')).toThrow(
      "unable to parse requirement: for 'in', 'notin' operators, values set can't be empty",
    );
  });

  it('matches parsed requirements', () => {
    expect(matchesRequirements(parseSelector('app=web,env notin (dev),!gpu'), labels)).toBe(true);
    expect(matchesRequirements(parseSelector('app!=web'), labels)).toBe(false);
    expect(matchesRequirements(parseSelector('missing!=x'), labels)).toBe(true);
    expect(matchesRequirements(parseSelector('n>5'), { n: '10' })).toBe(true);
    expect(matchesRequirements(parseSelector('n<5'), { n: 'ten' })).toBe(false);
  });
});

describe('validateLabelSelector (metav1 validation)', () => {
  it('reports operator/values pairing and key syntax with field paths', () => {
    const causes = validateLabelSelector(
      {
        matchLabels: { 'bad key!': 'x' },
        matchExpressions: [
          { key: 'a', operator: 'In', values: [] },
          { key: 'b', operator: 'Exists', values: ['x'] },
          { key: 'c', operator: 'Near' as never },
        ],
      },
      'spec.selector',
    );
    expect(causes.map((c) => `${c.field}: ${c.message}`)).toEqual([
      expect.stringMatching(
        /^spec\.selector\.matchLabels: Invalid value: "bad key!": name part must consist of/,
      ),
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[2].operator: Invalid value: "Near": not a valid selector operator',
    ]);
    expect(causes[1].reason).toBe('FieldValueRequired');
  });
});
