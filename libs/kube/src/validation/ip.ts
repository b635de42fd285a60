/**
 * IP and CIDR syntax as k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy accept it (IPv4 octets may
 * carry leading zeros), with the messages of staging/src/k8s.io/apimachinery/pkg/util/validation/ip.go.
 */
import type { FieldCause } from '../errors';
import { invalid } from './field';

const V4_OCTET = /^\d{1,3}$/;

/** Sloppy IPv4: four decimal octets 0-255, leading zeros allowed. Returns the 32-bit value. */
export function parseIPv4Sloppy(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => V4_OCTET.test(p) && Number(p) <= 255))
    return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** IPv6 in any RFC 4291 text form (one "::", 1-4 hex digit groups, optional dotted IPv4 tail). */
export function isIPv6(text: string): boolean {
  if (!text.includes(':')) return false;
  let groups = text;
  let extra = 0;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (parseIPv4Sloppy(tail) === undefined) return false;
    groups = text.slice(0, lastColon + 1) + '0:0';
    extra = 0;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const parse = (s: string): string[] | undefined => {
    if (s === '') return [];
    const g = s.split(':');
    return g.every((x) => /^[0-9a-fA-F]{1,4}$/.test(x)) ? g : undefined;
  };
  const left = parse(halves[0]);
  const right = halves.length === 2 ? parse(halves[1]) : [];
  if (!left || !right) return false;
  const count = left.length + right.length + extra;
  return halves.length === 2 ? count < 8 : count === 8;
}

export const isIPSloppy = (text: string): boolean =>
  parseIPv4Sloppy(text) !== undefined || isIPv6(text);

/** Parses "ip/prefix" sloppily; IPv4 results carry the masked base, IPv6 only the family and prefix. */
export function parseCIDRSloppy(
  text: string,
): { family: 4 | 6; base?: number; prefix: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return undefined;
  const prefix = Number(bits);
  const v4 = parseIPv4Sloppy(addr);
  if (v4 !== undefined) {
    if (prefix > 32) return undefined;
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    return { family: 4, base: (v4 & mask) >>> 0, prefix };
  }
  if (isIPv6(addr) && prefix <= 128) return { family: 6, prefix };
  return undefined;
}

/** validation.IsValidIP. */
export const validateIP = (path: string, value: string): FieldCause[] =>
  isIPSloppy(value)
    ? []
    : [invalid(path, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];

/** validation.IsValidCIDR. */
export const validateCIDR = (path: string, value: string): FieldCause[] =>
  parseCIDRSloppy(value)
    ? []
    : [invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')];
