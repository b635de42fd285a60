/** IPv4 addresses and CIDRs as unsigned 32-bit numbers; what IPAM, validation and policies share. */

export interface Cidr {
  /** Network address with host bits cleared (upstream masks a CIDR with host bits set). */
  base: number;
  prefix: number;
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses dotted-quad IPv4; undefined when it is not one (no leading zeros, as Go's net.ParseIP). */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

export function formatIPv4(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

export const isIPv4 = (text: string): boolean => parseIPv4(text) !== undefined;

const mask = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** Parses "a.b.c.d/n"; host bits are cleared. undefined when malformed. */
export function parseCIDR(text: string): Cidr | undefined {
  const [addr, bits, ...rest] = text.split('/');
  if (rest.length || bits === undefined || !/^(3[0-2]|[12]?\d)$/.test(bits)) return undefined;
  const ip = parseIPv4(addr);
  if (ip === undefined) return undefined;
  const prefix = Number(bits);
  return { base: (ip & mask(prefix)) >>> 0, prefix };
}

export const cidrSize = (cidr: Cidr): number => 2 ** (32 - cidr.prefix);

export const cidrContains = (cidr: Cidr, ip: number): boolean =>
  (ip & mask(cidr.prefix)) >>> 0 === cidr.base;

export const formatCIDR = (cidr: Cidr): string => `${formatIPv4(cidr.base)}/${cidr.prefix}`;

/** True when the two ranges share at least one address. */
export const cidrsOverlap = (a: Cidr, b: Cidr): boolean =>
  a.prefix <= b.prefix ? cidrContains(a, b.base) : cidrContains(b, a.base);
