/**
 * Name rules with upstream's error strings, mirroring
 * staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go and
 * staging/src/k8s.io/apimachinery/pkg/api/validate/content/{dns,kube}.go.
 * Every check returns the list of problems; an empty list means valid.
 */

/** "must be no more than N characters" (validation.MaxLenError). */
export const maxLenError = (length: number): string => `must be no more than ${length} characters`;

/** "must be between lo and hi, inclusive" (validation.InclusiveRangeError). */
export const inclusiveRangeError = (lo: number, hi: number): string =>
  `must be between ${lo} and ${hi}, inclusive`;

/** validation.EmptyError. */
export const emptyError = (): string => 'must be non-empty';

/** validation.RegexError, including its double space before "or": "msg (e.g. 'a',  or 'b', regex used for validation is '...')". */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const wildcardDNS1123SubdomainFmt = `\\*\\.${dns1123SubdomainFmt}`;
const labelKeyFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${labelKeyFmt})?`;

const anchored = (fmt: string): RegExp => new RegExp(`^${fmt}$`);
const dns1123LabelRe = anchored(dns1123LabelFmt);
const dns1123SubdomainRe = anchored(dns1123SubdomainFmt);
const dns1035LabelRe = anchored(dns1035LabelFmt);
const wildcardRe = anchored(wildcardDNS1123SubdomainFmt);
const labelKeyRe = anchored(labelKeyFmt);
const labelValueRe = anchored(labelValueFmt);

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const DNS1035_LABEL_MAX_LENGTH = 63;
export const LABEL_VALUE_MAX_LENGTH = 63;

/** Go's len() counts UTF-8 bytes; lengths in messages are bytes too. */
const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/**
 * RFC 1123 label (Namespace names, container names): lower-case alphanumerics and '-', at most 63.
 * A valid subdomain that is not a label gets "must not contain dots" (content/dns.go).
 */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH)
    errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRe.test(value)) {
    if (dns1123SubdomainRe.test(value)) errs.push('must not contain dots');
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          dns1123LabelFmt,
          'my-name',
          '123-abc',
        ),
      );
  }
  return errs;
}

/** RFC 1123 subdomain (most object names, hosts): dot-separated labels, at most 253. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH)
    errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRe.test(value)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        dns1123SubdomainFmt,
        'example.com',
      ),
    );
  }
  return errs;
}

/** RFC 1035 label (Service names): like a 1123 label but must start with a letter. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH)
    errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!dns1035LabelRe.test(value)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        dns1035LabelFmt,
        'my-name',
        'abc-123',
      ),
    );
  }
  return errs;
}

/** "*.example.com" style hosts (RFC 1034 4.3.3): exactly one leading "*." then a subdomain. */
export function isWildcardDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH)
    errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!wildcardRe.test(value)) {
    errs.push(
      regexError(
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
        wildcardDNS1123SubdomainFmt,
        '*.example.com',
      ),
    );
  }
  return errs;
}

/**
 * IANA service name (named ports): 1-15 of [-a-z0-9], at least one letter, no "--", no leading or
 * trailing '-'. Follows validation.IsValidPortName; all problems are reported, not just the first.
 */
export function isIANASvcName(port: string): string[] {
  const errs: string[] = [];
  if (byteLength(port) > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port))
    errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-')))
    errs.push('must not begin or end with a hyphen');
  return errs;
}

const prefixEach = (msgs: string[], prefix: string): string[] => msgs.map((m) => prefix + m);

/**
 * Qualified name = label key: optional DNS-1123 subdomain prefix and '/', then a name of at most 63
 * alphanumerics, '-', '_' or '.' starting and ending alphanumeric (content.IsLabelKey).
 */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push(`prefix part ${emptyError()}`);
    else errs.push(...prefixEach(isDNS1123Subdomain(prefix), 'prefix part '));
  } else {
    return [
      `a valid label key ${regexError(
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelKeyFmt,
        'MyName',
        'my.name',
        '123-abc',
      )} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push(`name part ${emptyError()}`);
  else if (byteLength(name) > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!labelKeyRe.test(name)) {
    errs.push(
      `name part ${regexError(
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelKeyFmt,
        'MyName',
        'my.name',
        '123-abc',
      )}`,
    );
  }
  return errs;
}

/** Label value: empty, or at most 63 alphanumerics, '-', '_' or '.' starting and ending alphanumeric. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!labelValueRe.test(value)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        labelValueFmt,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

/** validation.IsValidPortNum: 1..65535. */
export function isValidPortNum(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535
    ? []
    : [inclusiveRangeError(1, 65535)];
}

/** validation.IsInRange. */
export function isInRange(value: number, min: number, max: number): string[] {
  return value >= min && value <= max ? [] : [inclusiveRangeError(min, max)];
}

const httpPathFmt = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const httpPathRe = anchored(httpPathFmt);

/**
 * Domain-prefixed path such as "acme.io/foo" (IngressClass controller). Returns messages paired
 * with the bad value upstream reports (the whole path, the host or the path part), so callers
 * can build `Invalid value: "<bad>": <msg>`; an empty input returns `[{ required: true }]`.
 */
export function isDomainPrefixedPath(
  dpPath: string,
): Array<{ value: string; message: string } | { required: true }> {
  if (dpPath.length === 0) return [{ required: true }];
  const slash = dpPath.indexOf('/');
  const host = slash < 0 ? dpPath : dpPath.slice(0, slash);
  const path = slash < 0 ? '' : dpPath.slice(slash + 1);
  if (slash < 0 || host.length === 0 || path.length === 0) {
    return [{ value: dpPath, message: 'must be a domain-prefixed path (such as "acme.io/foo")' }];
  }
  const out: Array<{ value: string; message: string }> = isDNS1123Subdomain(host).map(
    (message) => ({ value: host, message }),
  );
  if (!httpPathRe.test(path))
    out.push({ value: path, message: regexError('Invalid path', httpPathFmt) });
  return out;
}
