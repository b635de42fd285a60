import {
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDomainPrefixedPath,
  isIANASvcName,
  isQualifiedName,
  isValidLabelValue,
  isWildcardDNS1123Subdomain,
} from './names';

// Cases from staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go.
describe('name rules (apimachinery util/validation)', () => {
  it('IsDNS1123Label accepts and refuses the upstream examples', () => {
    for (const ok of [
      'a',
      'ab',
      'abc',
      'a1',
      'a-1',
      'a--1--2--b',
      '0',
      '01',
      '012',
      '1a',
      '1-a',
      '1--a--b--2',
      'a'.repeat(63),
    ]) {
      expect(isDNS1123Label(ok)).toEqual([]);
    }
    expect(isDNS1123Label('A')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(isDNS1123Label('-a')).toHaveLength(1);
  });

  it('IsDNS1123Subdomain matches the message quoted by the API server for "My_Name"', () => {
    expect(isDNS1123Subdomain('example.com')).toEqual([]);
    expect(isDNS1123Subdomain('My_Name')).toEqual([
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
    expect(isDNS1123Subdomain('a'.repeat(254))[0]).toBe('must be no more than 253 characters');
  });

  it('IsDNS1035Label refuses a leading digit (Service names)', () => {
    expect(isDNS1035Label('my-svc')).toEqual([]);
    expect(isDNS1035Label('1svc')).toEqual([
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });

  it('IsWildcardDNS1123Subdomain allows a single leading "*."', () => {
    expect(isWildcardDNS1123Subdomain('*.foo.com')).toEqual([]);
    expect(isWildcardDNS1123Subdomain('*.*.foo.com')).toHaveLength(1);
    expect(isWildcardDNS1123Subdomain('f*.foo.com')).toHaveLength(1);
  });

  it('IsValidPortName reports every broken rule (TestIsValidPortName)', () => {
    for (const ok of ['telnet', 're-mail-ck', 'pop3', 'a', 'a-1', '1-a', 'a-1-b-2-c', '1-a-2-b-3'])
      expect(isIANASvcName(ok)).toEqual([]);
    expect(isIANASvcName('longerthan15characters')).toEqual(['must be no more than 15 characters']);
    expect(isIANASvcName('-a')).toEqual(['must not begin or end with a hyphen']);
    expect(isIANASvcName('a--b')).toEqual(['must not contain consecutive hyphens']);
    expect(isIANASvcName('1234')).toEqual(['must contain at least one letter (a-z)']);
    expect(isIANASvcName('HTTP')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });

  it('IsQualifiedName handles prefixes and names', () => {
    for (const ok of [
      'simple',
      'now-with-dashes',
      '1-starts-with-num',
      '1234',
      'simple/simple',
      'now-with-dashes/simple',
      'k8s.io/app',
      'kubernetes.io/metadata.name',
    ]) {
      expect(isQualifiedName(ok)).toEqual([]);
    }
    expect(isQualifiedName('/simple')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('simple/')).toEqual([
      'name part must be non-empty',
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(isQualifiedName('a/b/c')[0]).toMatch(/^a valid label key must consist of/);
    expect(isQualifiedName('Example.com/x')[0]).toMatch(
      /^prefix part a lowercase RFC 1123 subdomain/,
    );
  });

  it('IsValidLabelValue allows empty and refuses a leading dash', () => {
    expect(isValidLabelValue('')).toEqual([]);
    expect(isValidLabelValue('v1.2_x')).toEqual([]);
    expect(isValidLabelValue('-x')[0]).toMatch(/^a valid label must be an empty string/);
    expect(isValidLabelValue('x'.repeat(64))[0]).toBe('must be no more than 63 characters');
  });

  it('IsDomainPrefixedPath pairs each message with the bad part', () => {
    expect(isDomainPrefixedPath('k8s.io/ingress-nginx')).toEqual([]);
    expect(isDomainPrefixedPath('nginx')).toEqual([
      { value: 'nginx', message: 'must be a domain-prefixed path (such as "acme.io/foo")' },
    ]);
    expect(isDomainPrefixedPath('')).toEqual([{ required: true }]);
  });
});
