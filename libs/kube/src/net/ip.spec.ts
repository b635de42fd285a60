import { cidrContains, formatCIDR, parseCIDR, parseIPv4 } from './ip';

describe('IPv4 and CIDR parsing', () => {
  it('parses dotted quads and rejects leading zeros and out-of-range octets', () => {
    expect(parseIPv4('10.96.0.10')).toBe(0x0a60000a);
    expect(parseIPv4('10.096.0.1')).toBeUndefined();
    expect(parseIPv4('256.0.0.1')).toBeUndefined();
    expect(parseIPv4('1.2.3')).toBeUndefined();
  });

  it('masks host bits of a CIDR, as the NetworkPolicy ipBlock docs allow', () => {
    const cidr = parseCIDR('10.244.1.7/16')!;
    expect(formatCIDR(cidr)).toBe('10.244.0.0/16');
    expect(cidrContains(cidr, parseIPv4('10.244.200.3')!)).toBe(true);
    expect(cidrContains(cidr, parseIPv4('10.245.0.1')!)).toBe(false);
    expect(parseCIDR('10.0.0.0/33')).toBeUndefined();
  });
});
