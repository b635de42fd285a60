import { effectiveHostnames, hostMatches, intersectHostnames } from './hostnames';

describe('Gateway API hostname intersection', () => {
  it('intersects exact and wildcard hostnames as the spec describes', () => {
    expect(intersectHostnames('*.example.com', 'foo.example.com')).toBe('foo.example.com');
    expect(intersectHostnames('foo.example.com', '*.example.com')).toBe('foo.example.com');
    expect(intersectHostnames('*.example.com', '*.foo.example.com')).toBe('*.foo.example.com');
    expect(intersectHostnames('*.example.com', 'example.com')).toBeUndefined();
    expect(intersectHostnames('bar.example.com', 'foo.example.com')).toBeUndefined();
  });

  it('a route without hostnames takes the listener’s; a listener without one takes the route’s', () => {
    expect(effectiveHostnames('a.example.com', [])).toEqual(['a.example.com']);
    expect(effectiveHostnames(undefined, [])).toBe('any');
    expect(effectiveHostnames(undefined, ['x.io'])).toEqual(['x.io']);
    expect(effectiveHostnames('very.specific.com', ['non.matching.com', '*.specific.com'])).toEqual(
      ['very.specific.com'],
    );
  });

  it('a wildcard accepts one or more labels in front, not the bare domain', () => {
    expect(hostMatches('*.wildcard.io', 'foo.bar.wildcard.io')).toBe(true);
    expect(hostMatches('*.wildcard.io', 'wildcard.io')).toBe(false);
  });
});
