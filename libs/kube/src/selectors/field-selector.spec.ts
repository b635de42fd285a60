import { KubeError } from '../errors';
import { matchesFieldSelector, parseFieldSelector } from './field-selector';

// Cases after staging/src/k8s.io/apimachinery/pkg/fields/selector_test.go (TestSelectorParse).
describe('field selectors', () => {
  it('parses =, == and !=', () => {
    expect(parseFieldSelector('metadata.name=web,metadata.namespace!=kube-system')).toEqual([
      { field: 'metadata.name', operator: '=', value: 'web' },
      { field: 'metadata.namespace', operator: '!=', value: 'kube-system' },
    ]);
    expect(parseFieldSelector('spec.nodeName==node-1')).toEqual([
      { field: 'spec.nodeName', operator: '==', value: 'node-1' },
    ]);
    expect(parseFieldSelector('')).toEqual([]);
    expect(parseFieldSelector('x=a\\,b')).toEqual([{ field: 'x', operator: '=', value: 'a,b' }]);
  });

  it('refuses a term without an operator', () => {
    expect(() => parseFieldSelector('metadata.name')).toThrow(KubeError);
    expect(() => parseFieldSelector('a=b,c')).toThrow(
      "invalid selector: 'a=b,c'; can't understand 'c'",
    );
  });

  it('matches through a getter', () => {
    const fields: Record<string, string> = {
      'metadata.name': 'web',
      'metadata.namespace': 'default',
    };
    const get = (f: string): string | undefined => fields[f];
    expect(
      matchesFieldSelector(
        parseFieldSelector('metadata.name=web,metadata.namespace!=kube-system'),
        get,
      ),
    ).toBe(true);
    expect(matchesFieldSelector(parseFieldSelector('metadata.name!=web'), get)).toBe(false);
    expect(matchesFieldSelector(parseFieldSelector('spec.nodeName='), get)).toBe(true);
  });
});
