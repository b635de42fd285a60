import fc from 'fast-check';

/**
 * One hostile value, rendered for every place a request can carry it: as JSON text (which may hold
 * what JavaScript cannot: 1e400, duplicate keys, `__proto__` keys, invalid UTF-8 bytes) and as a
 * raw query or path value (percent-encoded; `encoded` overrides where encodeURIComponent cannot
 * express it: lone surrogates, invalid UTF-8).
 */
export interface HostileValue {
  /** The class, shown in reports: "string NUL", "deep array 10000", "number 1e400". */
  label: string;
  json: Buffer;
  text: string;
  encoded?: string;
}

const json = (label: string, text: string, plain?: string): HostileValue => ({
  label,
  json: Buffer.from(text),
  text: plain ?? text,
});
const value = (label: string, v: unknown): HostileValue => ({
  label,
  json: Buffer.from(JSON.stringify(v)),
  text: typeof v === 'string' ? v : JSON.stringify(v),
});
const bytes = (label: string, raw: number[]): HostileValue => ({
  label,
  json: Buffer.concat([Buffer.from('"a'), Buffer.from(raw), Buffer.from('b"')]),
  text: 'a\ufffdb',
  encoded: `a${raw.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')}b`,
});
const surrogate = (label: string, s: string, encoded: string): HostileValue => ({
  ...value(label, s),
  encoded,
});

const deepArray = (n: number) => json(`deep array ${n}`, '['.repeat(n) + ']'.repeat(n));
const deepObject = (n: number) => json(`deep object ${n}`, '{"a":'.repeat(n) + '1' + '}'.repeat(n));

/** Strings a name, reference, selector or URL field should refuse (or accept) calmly. */
export const HOSTILE_STRINGS: readonly HostileValue[] = [
  value('string empty', ''),
  value('string space', ' '),
  value('string NUL', 'a\u0000b'),
  value('string only NUL', '\u0000'),
  value('string control chars', '\u0001\u0007\u001b[31m'),
  value('string CRLF injection', 'a\r\nX-Injected: 1'),
  surrogate('string lone high surrogate', 'a\ud800b', 'a%ED%A0%80b'),
  surrogate('string lone low surrogate', '\udfffx', '%ED%BF%BFx'),
  value('string emoji', 'web-😀'),
  value('string RTL override', 'web\u202egnp.exe'),
  value('string zero width', 'we\u200bb'),
  value('name length 63', 'a'.repeat(63)),
  value('name length 64', 'a'.repeat(64)),
  value('name length 253', `${'a'.repeat(62)}.`.repeat(4).slice(0, 252) + 'a'),
  value('name length 254', `${'a'.repeat(62)}.`.repeat(4).slice(0, 253) + 'a'),
  value('string 100k', 'a'.repeat(100_000)),
  value('dns 128 labels', 'a.'.repeat(127) + 'a'),
  value('path traversal', '../../etc/passwd'),
  value('slashes', 'a/b/c'),
  value('leading slash', '/a'),
  value('percent literal', '%00%zz'),
  value('glob', '*'),
  value('sql', "' OR 1=1--"),
  value('template', '${jndi:ldap://x}{{7*7}}'),
  value('proto name', '__proto__'),
  value('constructor name', 'constructor'),
  value('prototype name', 'prototype'),
  value('hasOwnProperty name', 'hasOwnProperty'),
  value('upper case', 'WEB'),
  value('dots', 'a..b'),
  value('dash edges', '-a-'),
  value('numeric string 1e308', '1e308'),
  value('numeric string NaN', 'NaN'),
  value('numeric string Infinity', 'Infinity'),
  value('numeric string -1', '-1'),
  value('numeric string 0', '0'),
  value('numeric string 65536', '65536'),
  value('numeric string hex', '0x50'),
  value('numeric string padded', ' 80 '),
  value('numeric string float', '80.5'),
  value('numeric string 2^64', '18446744073709551616'),
  value('string true', 'true'),
  value('string null', 'null'),
  value('string object', '[object Object]'),
  value('ip out of range', '999.1.1.1'),
  value('ip with port', '10.96.0.1:99999'),
  value('ip v6', '::1'),
  value('cidr /33', '10.0.0.0/33'),
  value('ip all zeros', '0.0.0.0'),
  value('ip broadcast', '255.255.255.255'),
  value('url no scheme', 'foo.bar.com/foo'),
  value('url huge port', 'http://foo.bar.com:99999999/'),
  value('url userinfo', 'http://u:p@[::1]:80/%ff?x#y'),
  value('url javascript', 'javascript:alert(1)'),
  value('selector garbage', 'app in (,=!)'),
  value('selector deep parens', 'app in ' + '('.repeat(5000)),
  value('selector 10k terms', Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join(',')),
  value(
    'selector notin huge',
    `app notin (${Array.from({ length: 5000 }, (_, i) => `v${i}`).join(',')})`,
  ),
  value('yaml in string', '&a [*a]'),
  bytes('invalid utf-8 ff fe', [0xff, 0xfe]),
  bytes('invalid utf-8 overlong', [0xc0, 0xaf]),
  bytes('invalid utf-8 truncated', [0xe2, 0x82]),
  bytes('invalid utf-8 surrogate bytes', [0xed, 0xa0, 0x80]),
];

/** Numbers at and beyond the bounds fields have: ports, node ports, replicas, ids. */
export const HOSTILE_NUMBERS: readonly HostileValue[] = [
  ...[
    0,
    -0,
    1,
    -1,
    2,
    53,
    80,
    65535,
    65536,
    29999,
    30000,
    32767,
    32768,
    100,
    101,
    1000,
    1001,
    10_000,
    10_001,
    2147483647,
    2147483648,
    -2147483649,
    2 ** 53,
    2 ** 53 + 2,
    1e21,
    1e308,
    -1e308,
    1.5,
    0.1,
    5e-324,
    1e6,
    1e9,
  ].map((n) => value(`number ${Object.is(n, -0) ? '-0' : n}`, n)),
  json('number 1e400', '1e400'),
  json('number -1e400', '-1e400'),
  json('number 400 digits', '1' + '0'.repeat(400)),
  json('number tiny', '0.' + '0'.repeat(1000) + '1'),
  json('number exponent huge', '1e999999999999'),
];

/** Values of the wrong JSON type, containers and nesting. */
export const HOSTILE_SHAPES: readonly HostileValue[] = [
  value('null', null),
  value('true', true),
  value('false', false),
  value('empty array', []),
  value('empty object', {}),
  value('array of strings', ['a', 'b']),
  value('array of null', [null]),
  value('array of objects', [{ a: 1 }]),
  value('object of strings', { a: 'b' }),
  value('object of numbers', { a: 1 }),
  value(
    'array 10000',
    Array.from({ length: 10_000 }, (_, i) => i),
  ),
  value(
    'object 10000 keys',
    Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'v'])),
  ),
  deepArray(100),
  deepArray(2000),
  deepArray(100_000),
  deepObject(100),
  deepObject(2000),
  deepObject(50_000),
  json('duplicate keys', '{"a":1,"a":"two"}'),
];

/** Keys that reach Object.prototype when an object is merged or assigned naively. */
export const PROTOTYPE_KEYS: readonly HostileValue[] = [
  json('proto key', '{"__proto__":{"polluted":"yes"}}'),
  json('proto key null', '{"__proto__":null}'),
  json('proto key array', '{"__proto__":[]}'),
  json('proto key string', '{"__proto__":"x"}'),
  json('constructor.prototype key', '{"constructor":{"prototype":{"polluted":"yes"}}}'),
  json('prototype key', '{"prototype":{"polluted":"yes"}}'),
  json('builtin keys', '{"toString":"x","hasOwnProperty":1,"valueOf":[],"toJSON":{}}'),
  json('nested proto key', '{"a":{"__proto__":{"polluted":"yes"}}}'),
  json('array of proto key', '[{"__proto__":{"polluted":"yes"}}]'),
];

export const ALL_HOSTILE: readonly HostileValue[] = [
  ...HOSTILE_STRINGS,
  ...HOSTILE_NUMBERS,
  ...HOSTILE_SHAPES,
  ...PROTOTYPE_KEYS,
];

/** A fixed hostile value, or a random one fast-check draws (full Unicode, any double). */
export const hostileValue: fc.Arbitrary<HostileValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALL_HOSTILE) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 40 })
      .map((s) => surrogate('random unicode string', s, encodeLoose(s))),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((n) => value('random double', n)),
  },
  { weight: 1, arbitrary: fc.integer().map((n) => value('random integer', n)) },
);

/** A hostile value meant for a string slot (query parameter, path segment, GraphQL String). */
export const hostileString: fc.Arbitrary<HostileValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 40 })
      .map((s) => surrogate('random unicode string', s, encodeLoose(s))),
  },
);

/** encodeURIComponent, but lone surrogates become their (invalid) UTF-8 bytes instead of throwing. */
export function encodeLoose(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** The query or path form of a hostile value. */
export const encoded = (v: HostileValue): string => v.encoded ?? encodeLoose(v.text);
