import { endpointChain, serviceChain } from './chain-names';
import { base32, sha256, toHex } from './sha256';

describe('kube-proxy chain names hash like upstream', () => {
  it('computes the FIPS 180-4 SHA-256 test vectors', () => {
    expect(toHex(sha256('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha256(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('encodes base32 like Go base32.StdEncoding (RFC 4648 vectors)', () => {
    const enc = (s: string) => base32(Uint8Array.from([...s].map((c) => c.charCodeAt(0))));
    expect(enc('f')).toBe('MY======');
    expect(enc('foob')).toBe('MZXW6YQ=');
    expect(enc('foobar')).toBe('MZXW6YTBOI======');
  });

  it('names ns1/svc1:p80 tcp KUBE-SVC-XPGD46QRK7WJZT7O as in proxier_test.go', () => {
    expect(serviceChain('ns1/svc1:p80', 'tcp')).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(endpointChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
    expect(endpointChain('ns1/svc1:p80', 'tcp', '10.180.2.1:80')).toBe('KUBE-SEP-ZX7GRIZKSNUQ3LAJ');
  });
});
