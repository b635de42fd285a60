import { KubeError } from '@app/kube';
import { checkGraphQLDepth } from './input-guard';

describe('checkGraphQLDepth', () => {
  const nest = (n: number) => `${'{a:'.repeat(n)}1${'}'.repeat(n)}`;

  it('counts braces, brackets and parentheses of the document', () => {
    expect(() => checkGraphQLDepth(`mutation { m(x: ${nest(95)}) { id } }`)).not.toThrow();
    expect(() => checkGraphQLDepth(`mutation { m(x: ${nest(100)}) { id } }`)).toThrow(KubeError);
    expect(() => checkGraphQLDepth(`{ a(x: ${'['.repeat(5000)}${']'.repeat(5000)}) }`)).toThrow(
      'the GraphQL document nests brackets more than 100 levels deep',
    );
  });

  it('ignores brackets in strings, block strings and comments', () => {
    const hidden = '{'.repeat(500);
    expect(() =>
      checkGraphQLDepth(
        `# ${hidden}\n{ a(s: "${hidden} \\" ${hidden}", b: """${hidden} " ${hidden}""") { id } }`,
      ),
    ).not.toThrow();
  });
});
