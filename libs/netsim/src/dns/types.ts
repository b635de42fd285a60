/** Shapes of a DNS question and answer as the sandbox reports them (dig-like, plus the reasons). */

export type DnsRecordType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT' | 'ANY';

export type DnsRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';

export interface DnsRecord {
  /** Owner name, fully qualified with the trailing dot, as dig prints it. */
  name: string;
  type: Exclude<DnsRecordType, 'ANY'>;
  ttl: number;
  /** Record data as dig prints it: "10.96.0.12", "0 100 80 web.default.svc.cluster.local.", … */
  data: string;
}

export interface DnsQuery {
  /** Ask from this Pod: its resolv.conf (nameserver, search list, ndots) applies. */
  from?: { namespace: string; name: string };
  name: string;
  /** Defaults to A. */
  type?: DnsRecordType;
}

export interface DnsAnswer {
  rcode: DnsRcode;
  answers: DnsRecord[];
  /** The additional section (addresses of SRV targets). */
  additional?: DnsRecord[];
  /** Every name sent to the nameserver, in order, without the trailing dot. */
  tried: string[];
  nameserver?: string;
  searchPath?: string[];
  explanation: string[];
}
