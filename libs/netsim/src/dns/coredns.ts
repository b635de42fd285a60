/**
 * The cluster DNS server: CoreDNS with the kubernetes plugin as kubeadm configures it
 * (`kubernetes <domain> in-addr.arpa ip6.arpa { pods insecure; fallthrough in-addr.arpa ip6.arpa }`,
 * `forward . /etc/resolv.conf`). Mirrors coredns/coredns plugin/kubernetes (parse.go, kubernetes.go
 * findServices/findPods, reverse.go, handler.go) and plugin/backend_lookup.go (A, SRV, CNAME, PTR, TXT).
 * Names are answered by the Kubernetes DNS specification (kubernetes/dns docs/specification.md).
 */
import { formatIPv4, isIPv4, parseIPv4, type Pod, type Service } from '@app/kube';
import { ClusterIndex, isHeadless, serviceClusterIPs, splitKey } from '../cluster-index';
import { modelOf } from '../model/cluster-model';
import type { DnsRcode, DnsRecord, DnsRecordType } from './types';

/** CoreDNS kubernetes plugin default TTL (plugin/kubernetes defaultTTL); kubeadm's Corefile sets `ttl 30`. */
export const DNS_TTL = 5;
/** TXT dns-version.<zone>: the DNS specification's schema version (DNSSchemaVersion). */
export const DNS_SCHEMA_VERSION = '1.1.0';

export interface ServerReply {
  rcode: DnsRcode;
  answers: DnsRecord[];
  additional: DnsRecord[];
  explanation: string[];
}

/** msg.Service: one backend item; `key` is its owner domain, `host` an IP or (ExternalName) a name. */
interface Item {
  key: string;
  host: string;
  port: number;
  text?: string;
}

type Lookup = { items: Item[]; nameError?: string; why: string[] };

interface RecordRequest {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  podOrSvc: string;
}

const fqdn = (name: string): string => (name.endsWith('.') ? name : `${name}.`).toLowerCase();
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const strip = (s: string): string => (s.startsWith('_') ? s.slice(1) : s);

/** Answers one fully qualified question the way the cluster's CoreDNS would. */
export function serveQuery(index: ClusterIndex, qname: string, qtype: DnsRecordType): ServerReply {
  const server = new CoreDns(index);
  return server.serve(fqdn(qname), qtype);
}

class CoreDns {
  readonly zone: string;
  private readonly zones: string[];

  constructor(private readonly index: ClusterIndex) {
    this.zone = fqdn(index.config.clusterDomain);
    this.zones = [this.zone, 'in-addr.arpa.', 'ip6.arpa.'];
  }

  serve(name: string, qtype: DnsRecordType): ServerReply {
    const zone = this.zones.find((z) => name === z || name.endsWith(`.${z}`));
    if (!zone) {
      return reply(
        'NXDOMAIN',
        [],
        [],
        [
          `${name} is outside ${this.zone}: CoreDNS forwards it to the node's upstream resolver, and this sandbox has no upstream (NXDOMAIN).`,
        ],
      );
    }
    let records: DnsRecord[] = [];
    let additional: DnsRecord[] = [];
    let lookup: Lookup;
    switch (qtype) {
      case 'A':
      case 'AAAA':
        ({ lookup, records } = this.address(name, qtype, zone, 0));
        break;
      case 'SRV':
        ({ lookup, records, additional } = this.srv(name, zone));
        break;
      case 'CNAME':
        lookup = this.services(name, 'CNAME', zone);
        if (!lookup.nameError && lookup.items[0] && !isIPv4(lookup.items[0].host)) {
          records = [rr(name, 'CNAME', fqdn(lookup.items[0].host))];
        }
        break;
      case 'TXT':
        lookup = this.services(name, 'TXT', zone);
        records = lookup.items.map((i) => ({
          ...rr(name, 'TXT', `"${i.text ?? ''}"`),
          ttl: 28800,
        }));
        break;
      case 'PTR':
        lookup = this.reverse(name, zone);
        records = dedupe(
          lookup.items.filter((i) => !isIPv4(i.host)).map((i) => rr(name, 'PTR', fqdn(i.host))),
        );
        break;
      default:
        // handler.go: other types do "a fake A lookup, so we can distinguish between NODATA and NXDOMAIN".
        ({ lookup } = this.address(name, 'A', zone, 0));
        lookup.why.push(
          `CoreDNS answers ${qtype} queries with no records: it only tells whether the name exists.`,
        );
        records = [];
    }
    if (lookup.nameError) return reply('NXDOMAIN', [], [], [...lookup.why, lookup.nameError]);
    if (!records.length) {
      return reply(
        'NOERROR',
        [],
        [],
        [
          ...lookup.why,
          `${name} exists but has no ${qtype} record (NODATA: NOERROR with an empty answer).`,
        ],
      );
    }
    return reply('NOERROR', records, additional, lookup.why);
  }

  /** Services() in kubernetes.go: TXT/NS special cases, then Records(). */
  private services(name: string, qtype: DnsRecordType, zone: string): Lookup {
    if (qtype === 'TXT') {
      const base = trimZone(name, zone);
      if (base === 'dns-version' && zone === this.zone) {
        return {
          items: [{ key: name, host: '', port: 0, text: DNS_SCHEMA_VERSION }],
          why: [`dns-version.${this.zone} carries the DNS specification schema version.`],
        };
      }
      return { items: [], why: ['The kubernetes plugin serves TXT only for dns-version.'] };
    }
    if (name === `ns.dns.${this.zone}`) {
      const dns = this.index.service('kube-system', 'kube-dns');
      const ips = dns ? serviceClusterIPs(dns) : [];
      return {
        items: ips.map((ip) => ({ key: name, host: ip, port: 0 })),
        why: [`ns.dns.${this.zone} names the cluster DNS server itself (the kube-dns Service).`],
      };
    }
    return this.records(name, zone);
  }

  /** Records() + parseRequest(): which Kubernetes object a name refers to. */
  private records(name: string, zone: string): Lookup {
    if (zone !== this.zone) {
      return { items: [], nameError: `${name} is not a valid reverse name (NXDOMAIN).`, why: [] };
    }
    const base = trimZone(name, zone);
    if (base === '' || base === 'svc' || base === 'pod') {
      return {
        items: [],
        why: [`${name} is a zone apex the plugin serves, with no records of its own.`],
      };
    }
    const segs = base.split('.');
    let last = segs.length - 1;
    const r: RecordRequest = {
      port: '',
      protocol: '',
      endpoint: '',
      service: '',
      namespace: '',
      podOrSvc: segs[last],
    };
    const invalid = (): Lookup => ({
      items: [],
      nameError: `${name} does not follow the Kubernetes DNS schema (<service>.<namespace>.svc.${this.zone} or <a-b-c-d>.<namespace>.pod.${this.zone}): NXDOMAIN.`,
      why: [],
    });
    if (r.podOrSvc !== 'svc' && r.podOrSvc !== 'pod') return invalid();
    if (--last >= 0) r.namespace = segs[last];
    if (--last >= 0) r.service = segs[last];
    if (--last >= 0) {
      if (last === 0) r.endpoint = segs[0];
      else if (last === 1) {
        r.protocol = strip(segs[1]);
        r.port = strip(segs[0]);
      } else return invalid();
    }
    if (r.namespace === '') {
      return {
        items: [],
        why: [`${name} is a zone apex the plugin serves, with no records of its own.`],
      };
    }
    if (!this.index.namespace(r.namespace)) {
      return {
        items: [],
        nameError: `Namespace "${r.namespace}" does not exist, so nothing under ${r.namespace}.${r.podOrSvc}.${this.zone} does (NXDOMAIN).`,
        why: [],
      };
    }
    return r.podOrSvc === 'pod' ? this.findPods(r, name) : this.findServices(r, name);
  }

  /** findPods with `pods insecure`: any well-formed a-b-c-d name answers its own IP. */
  private findPods(r: RecordRequest, name: string): Lookup {
    if (r.service === '') return { items: [], why: [`${name} names a namespace, not a Pod.`] };
    const ip =
      r.service.split('-').length === 4 && !r.service.includes('--')
        ? r.service.replace(/-/g, '.')
        : '';
    if (!ip || parseIPv4(ip) === undefined) {
      return {
        items: [],
        nameError: `"${r.service}" is not an IP written with dashes (a-b-c-d), so ${name} does not exist (NXDOMAIN).`,
        why: [],
      };
    }
    const pod = this.index.podByIP(ip);
    const who =
      pod && pod.metadata.namespace === r.namespace
        ? ` (Pod ${pod.metadata.namespace}/${pod.metadata.name})`
        : '';
    return {
      items: [{ key: name, host: ip, port: 0 }],
      why: [
        `Pod records use "pods insecure": ${r.service}.${r.namespace}.pod.${this.zone} answers ${ip} whether or not a Pod has it${who}.`,
      ],
    };
  }

  private findServices(r: RecordRequest, name: string): Lookup {
    if (r.service === '')
      return { items: [], why: [`${name} names namespace "${r.namespace}", not a Service.`] };
    const svc = this.index.service(r.namespace, r.service.toLowerCase());
    const svcName = `${r.service}.${r.namespace}.svc.${this.zone}`;
    if (!svc) {
      return {
        items: [],
        nameError: `No Service "${r.service}" in namespace "${r.namespace}", so ${svcName} does not exist (NXDOMAIN).`,
        why: [],
      };
    }
    const key = `${svc.metadata.name}.${svc.metadata.namespace}.svc.${this.zone}`;
    const items: Item[] = [];
    const why: string[] = [];
    if (svc.spec.type === 'ExternalName') {
      const target = svc.spec.externalName ?? '';
      if (r.endpoint === '' && target && !isIPv4(target)) {
        items.push({ key, host: target, port: 0 });
        why.push(
          `Service ${r.namespace}/${svc.metadata.name} is an ExternalName Service: its name is a CNAME to ${fqdn(target)}`,
        );
        return { items, why };
      }
      return {
        items,
        nameError: `ExternalName Service ${r.namespace}/${svc.metadata.name} has no records for ${name} (NXDOMAIN).`,
        why,
      };
    }
    if (isHeadless(svc) || r.endpoint !== '') {
      const subsets = dnsEndpoints(this.index, svc);
      for (const subset of subsets) {
        for (const addr of subset.addresses) {
          if (r.endpoint !== '' && !same(r.endpoint, endpointHostname(addr))) continue;
          for (const p of subset.ports) {
            if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
            items.push({ key: `${endpointHostname(addr)}.${key}`, host: addr.ip, port: p.port });
          }
        }
      }
      if (!items.length) {
        const which = r.endpoint ? `no ready endpoint named "${r.endpoint}"` : 'no ready endpoints';
        return {
          items,
          nameError: `Service ${r.namespace}/${svc.metadata.name} ${isHeadless(svc) ? 'is headless and ' : ''}has ${which}${r.port ? ` with port ${r.port}/${r.protocol}` : ''}, so ${name} does not exist (NXDOMAIN).`,
          why,
        };
      }
      why.push(
        r.endpoint
          ? `${name} names endpoint "${r.endpoint}" of Service ${r.namespace}/${svc.metadata.name}.`
          : `Service ${r.namespace}/${svc.metadata.name} is headless: its name resolves to the IPs of its ready endpoints.`,
      );
      return { items, why };
    }
    let matched = false;
    for (const p of svc.spec.ports ?? []) {
      if (!matchPortAndProtocol(r.port, p.name ?? '', r.protocol, p.protocol ?? 'TCP')) continue;
      matched = true;
      for (const ip of serviceClusterIPs(svc)) items.push({ key, host: ip, port: p.port });
    }
    if (!matched) {
      return {
        items,
        nameError: `Service ${r.namespace}/${svc.metadata.name} has no port named "${r.port}" with protocol ${r.protocol.toUpperCase()}, so ${name} does not exist (NXDOMAIN).`,
        why,
      };
    }
    why.push(
      `Service ${r.namespace}/${svc.metadata.name} has ClusterIP ${serviceClusterIPs(svc).join(', ')}.`,
    );
    return { items, why };
  }

  /** plugin.A / plugin.AAAA: address records, following in-zone CNAMEs (ExternalName) up to 8 deep. */
  private address(
    name: string,
    qtype: 'A' | 'AAAA',
    zone: string,
    depth: number,
  ): { lookup: Lookup; records: DnsRecord[] } {
    const lookup = name === zone ? this.records(name, zone) : this.services(name, qtype, zone);
    if (lookup.nameError) return { lookup, records: [] };
    const records: DnsRecord[] = [];
    const seen = new Set<string>();
    for (const item of lookup.items) {
      if (isIPv4(item.host)) {
        if (qtype === 'A' && !seen.has(item.host)) {
          seen.add(item.host);
          records.push(rr(name, 'A', item.host));
        }
        continue;
      }
      const target = fqdn(item.host);
      if (target === name || depth > 7) continue;
      const cname = rr(name, 'CNAME', target);
      if (target === zone || target.endsWith(`.${zone}`)) {
        const next = this.address(target, qtype, zone, depth + 1);
        if (!next.lookup.nameError && next.records.length) records.push(cname, ...next.records);
        continue;
      }
      // Real CoreDNS asks its upstream for the target; the sandbox has none, so only the CNAME is shown.
      records.push(cname);
      lookup.why.push(
        `${target} is outside the cluster: a real cluster resolves it through the upstream resolver; the sandbox has none, so only the CNAME is returned.`,
      );
    }
    return { lookup, records };
  }

  /** plugin.SRV: one SRV per (target, port); ClusterIP targets are the Service name, headless targets the endpoint names. */
  private srv(
    name: string,
    zone: string,
  ): { lookup: Lookup; records: DnsRecord[]; additional: DnsRecord[] } {
    const lookup = this.services(name, 'SRV', zone);
    // kubernetes.go Services(): "SRV for external services is not yet implemented".
    const items = lookup.items.filter((i) => isIPv4(i.host));
    if (items.length < lookup.items.length)
      lookup.why.push('CoreDNS serves no SRV records for ExternalName Services.');
    const records: DnsRecord[] = [];
    const additional: DnsRecord[] = [];
    const weight = Math.floor(100 / Math.max(items.length, 1));
    const dup = new Set<string>();
    for (const item of items) {
      if (item.port === -1) continue;
      const target = fqdn(item.key);
      if (!dup.has(`${target}|${item.port}`)) {
        dup.add(`${target}|${item.port}`);
        records.push(rr(name, 'SRV', `0 ${weight} ${item.port} ${target}`));
      }
      if (!dup.has(`${target}|${item.host}`)) {
        dup.add(`${target}|${item.host}`);
        additional.push(rr(target, 'A', item.host));
      }
    }
    return { lookup, records, additional };
  }

  /** reverse.go: ClusterIPs first, then ready endpoint addresses; anything else falls through to upstream. */
  private reverse(name: string, zone: string): Lookup {
    const ip = addressFromReverse(name);
    if (!ip) {
      // reverse.go: a name that is not an address is looked up as a forward name (NODATA or NXDOMAIN).
      const lookup = this.records(name, zone);
      return { items: [], nameError: lookup.nameError, why: lookup.why };
    }
    const svc = this.index.serviceByClusterIP(ip);
    if (svc) {
      return {
        items: [
          {
            key: name,
            host: `${svc.metadata.name}.${svc.metadata.namespace}.svc.${this.zone}`,
            port: 0,
          },
        ],
        why: [`${ip} is the ClusterIP of Service ${svc.metadata.namespace}/${svc.metadata.name}.`],
      };
    }
    const items: Item[] = (endpointsByAddress(this.index).get(ip) ?? []).map(
      ({ svc: other, addr }) => ({
        key: name,
        host: `${endpointHostname(addr)}.${other.metadata.name}.${other.metadata.namespace}.svc.${this.zone}`,
        port: 0,
      }),
    );
    if (items.length) {
      return {
        items,
        why: [
          `${ip} is a ready endpoint of ${items.length === 1 ? 'a Service' : `${items.length} Services`}: CoreDNS names it after the endpoint's hostname (or its dashed IP) under each Service.`,
        ],
      };
    }
    const pod = this.index.podByIP(ip);
    const podNote = pod
      ? ` Pod ${pod.metadata.namespace}/${pod.metadata.name} has this IP but backs no Service; CoreDNS keeps no reverse record for Pods (the forward name ${ip.replace(/\./g, '-')}.${pod.metadata.namespace}.pod.${this.zone} has no PTR).`
      : '';
    return {
      items: [],
      nameError: `${ip} is neither a ClusterIP nor a ready endpoint: CoreDNS falls through to the upstream resolver, which this sandbox does not have (NXDOMAIN).${podNote}`,
      why: [],
    };
  }
}

interface DnsAddress {
  ip: string;
  hostname?: string;
}

const reverseIndexes = new WeakMap<
  ClusterIndex,
  Map<string, Array<{ svc: Service; addr: DnsAddress }>>
>();

/** Ready endpoint addresses → their Services, built once per cluster index (PTR lookups use it). */
function endpointsByAddress(
  index: ClusterIndex,
): Map<string, Array<{ svc: Service; addr: DnsAddress }>> {
  let byAddress = reverseIndexes.get(index);
  if (!byAddress) {
    byAddress = new Map();
    for (const svc of index.services) {
      for (const subset of dnsEndpoints(index, svc)) {
        for (const addr of subset.addresses) {
          const entries = byAddress.get(addr.ip) ?? [];
          entries.push({ svc, addr });
          byAddress.set(addr.ip, entries);
        }
      }
    }
    reverseIndexes.set(index, byAddress);
  }
  return byAddress;
}
interface DnsSubset {
  addresses: DnsAddress[];
  ports: Array<{ name: string; protocol: string; port: number }>;
}

/**
 * The Service's endpoints as CoreDNS's EndpointSlice informer keeps them: one subset per IPv4 slice,
 * ready (or readiness-unknown) endpoints only, a port -1 sentinel when the slice has no ports.
 * The hostname is the slice's, or — as the EndpointSlice controller sets it — the Pod's
 * spec.hostname when its spec.subdomain names this Service.
 */
function dnsEndpoints(index: ClusterIndex, svc: Service): DnsSubset[] {
  const ns = svc.metadata.namespace ?? '';
  const name = svc.metadata.name ?? '';
  return modelOf(index)
    .endpoints.slices(ns, name)
    .filter((s) => s.addressType === 'IPv4')
    .map((slice) => ({
      ports: slice.ports.length
        ? slice.ports.map((p) => ({ name: p.name, protocol: p.protocol, port: p.port ?? -1 }))
        : [{ name: '', protocol: '', port: -1 }],
      addresses: slice.endpoints
        .filter((e) => e.ready)
        .flatMap((e) => {
          const pod: Pod | undefined = e.pod ? index.pod(...splitKey(e.pod)) : undefined;
          const hostname =
            e.hostname ??
            (pod?.spec.hostname && pod.spec.subdomain === name ? pod.spec.hostname : undefined);
          return e.addresses.map((ip) => ({ ip, hostname }));
        }),
    }));
}

/** endpointHostname: the endpoint's hostname, else its IP with dots turned into dashes. */
const endpointHostname = (addr: DnsAddress): string => addr.hostname || addr.ip.replace(/\./g, '-');

const matchPortAndProtocol = (
  aPort: string,
  bPort: string,
  aProto: string,
  bProto: string,
): boolean => (aPort === '' || same(aPort, bPort)) && (aProto === '' || same(aProto, bProto));

function trimZone(name: string, zone: string): string {
  if (name === zone) return '';
  return name.slice(0, name.length - zone.length - 1);
}

/** "4.3.2.1.in-addr.arpa." → "1.2.3.4"; '' when it is not a full IPv4 reverse name. */
export function addressFromReverse(name: string): string {
  const suffix = '.in-addr.arpa.';
  if (!name.endsWith(suffix)) return '';
  const parts = name.slice(0, -suffix.length).split('.');
  if (parts.length !== 4) return '';
  const ip = parts.reverse().join('.');
  return parseIPv4(ip) === undefined ? '' : ip;
}

/** "1.2.3.4" → "4.3.2.1.in-addr.arpa." */
export function reverseName(ip: string): string {
  const n = parseIPv4(ip);
  if (n === undefined) return '';
  return `${formatIPv4(n).split('.').reverse().join('.')}.in-addr.arpa.`;
}

const rr = (name: string, type: DnsRecord['type'], data: string): DnsRecord => ({
  name,
  type,
  ttl: DNS_TTL,
  data,
});

function dedupe(records: DnsRecord[]): DnsRecord[] {
  const seen = new Set<string>();
  return records.filter((r) => (seen.has(r.data) ? false : (seen.add(r.data), true)));
}

const reply = (
  rcode: DnsRcode,
  answers: DnsRecord[],
  additional: DnsRecord[],
  explanation: string[],
): ServerReply => ({
  rcode,
  answers,
  additional,
  explanation,
});
