/**
 * A set of diff endpoints (pods and external address ranges) in the fewest words that name it
 * exactly: "any Pod in any namespace", "role=backend in namespace default", "any Pod in
 * namespace prod except prod/web", "default/a, default/b", "any address outside the cluster".
 * Only exact descriptions are produced: a label phrase is used when the pods carrying that label
 * in that scope are precisely the set, never as an approximation.
 */
import { formatIPv4 } from '@app/kube';
import type { PodRef } from '../netpol/types';
import type { AddressRange } from './policy-connections';

export interface EndpointSetDescription {
  /** The set in words. */
  description: string;
  /** "ns/name" of every pod in the set, in compiled order. */
  pods: string[];
  /** External addresses in the set, as CIDRs (merged). */
  external: string[];
}

const LISTED = 5;
const EXCEPTED = 3;

/** The smallest list of CIDRs covering exactly [lo, hi]. */
export function rangeToCidrs(lo: number, hi: number): string[] {
  const out: string[] = [];
  let start = lo;
  while (start <= hi) {
    let size = 1;
    // Grow the block while it stays aligned on `start` and inside the range.
    while (size < 2 ** 32 && start % (size * 2) === 0 && start + size * 2 - 1 <= hi) size *= 2;
    out.push(`${formatIPv4(start)}/${32 - Math.log2(size)}`);
    start += size;
  }
  return out;
}

export class EndpointDescriber {
  private readonly byNamespace = new Map<string, number[]>();

  constructor(
    private readonly pods: readonly PodRef[],
    private readonly externals: readonly AddressRange[],
  ) {
    pods.forEach((p, i) => {
      const list = this.byNamespace.get(p.namespace);
      if (list) list.push(i);
      else this.byNamespace.set(p.namespace, [i]);
    });
  }

  /** `members`: endpoint indexes ascending (pods first, then external ranges). */
  describe(members: readonly number[]): EndpointSetDescription {
    const n = this.pods.length;
    const podMembers = members.filter((m) => m < n);
    const externalMembers = members.filter((m) => m >= n).map((m) => this.externals[m - n]);
    const external = this.cidrs(externalMembers);
    const parts: string[] = [];
    if (podMembers.length > 0) parts.push(this.describePods(podMembers));
    if (externalMembers.length > 0) {
      const everything = external.length === 1 && external[0] === '0.0.0.0/0';
      parts.push(
        everything
          ? 'any address outside the cluster'
          : `addresses outside the cluster in ${external.join(', ')}`,
      );
    }
    return {
      description: parts.join(' and '),
      pods: podMembers.map((i) => this.key(i)),
      external,
    };
  }

  private key(i: number): string {
    return `${this.pods[i].namespace}/${this.pods[i].name}`;
  }

  private cidrs(ranges: readonly AddressRange[]): string[] {
    const merged: AddressRange[] = [];
    for (const r of ranges) {
      const last = merged.at(-1);
      if (last && last.hi + 1 === r.lo) last.hi = r.hi;
      else merged.push({ ...r });
    }
    return merged.flatMap((r) => rangeToCidrs(r.lo, r.hi));
  }

  private describePods(members: readonly number[]): string {
    const all = this.pods.length;
    if (members.length === all) return 'any Pod in any namespace';
    const everywhere = this.labelled(members, undefined);
    if (everywhere) return `${everywhere} in any namespace`;
    const missing = all - members.length;
    if (missing <= EXCEPTED && members.length > missing * 2) {
      const set = new Set(members);
      const left = this.pods.map((_, i) => i).filter((i) => !set.has(i));
      return `any Pod in any namespace except ${left.map((i) => this.key(i)).join(', ')}`;
    }
    const groups = new Map<string, number[]>();
    for (const m of members) {
      const ns = this.pods[m].namespace;
      const list = groups.get(ns);
      if (list) list.push(m);
      else groups.set(ns, [m]);
    }
    const full = [...groups].filter(
      ([ns, list]) => list.length === this.byNamespace.get(ns)!.length,
    );
    const parts: string[] = [];
    if (full.length > 1) parts.push(`any Pod in namespaces ${full.map(([ns]) => ns).join(', ')}`);
    for (const [ns, list] of groups) {
      if (full.length > 1 && full.some(([f]) => f === ns)) continue;
      parts.push(this.describeInNamespace(ns, list));
    }
    return parts.join('; ');
  }

  private describeInNamespace(ns: string, list: readonly number[]): string {
    const inNs = this.byNamespace.get(ns)!;
    if (list.length === inNs.length) return `any Pod in namespace ${ns}`;
    const label = this.labelled(list, ns);
    if (label) return `${label} in namespace ${ns}`;
    const missing = inNs.length - list.length;
    if (missing <= EXCEPTED && list.length > missing * 2) {
      const set = new Set(list);
      const left = inNs.filter((i) => !set.has(i));
      return `any Pod in namespace ${ns} except ${left.map((i) => this.key(i)).join(', ')}`;
    }
    const names = list.slice(0, LISTED).map((i) => this.key(i));
    return list.length > LISTED
      ? `${names.join(', ')} and ${list.length - LISTED} more in namespace ${ns}`
      : names.join(', ');
  }

  /**
   * "role=backend" (or "app=web,tier=api") when the pods carrying the members' shared labels in
   * that scope (one namespace, or all when undefined) are exactly the members; else undefined.
   */
  private labelled(members: readonly number[], ns: string | undefined): string | undefined {
    const first = this.pods[members[0]].labels;
    const shared = Object.entries(first).filter(([k, v]) =>
      members.every((m) => this.pods[m].labels[k] === v),
    );
    if (shared.length === 0) return undefined;
    const scope = ns === undefined ? this.pods.map((_, i) => i) : this.byNamespace.get(ns)!;
    const set = new Set(members);
    // Prefer one label that is exact on its own; else all shared labels together.
    for (const [k, v] of shared) {
      const carriers = scope.filter((i) => this.pods[i].labels[k] === v);
      if (carriers.length === members.length && carriers.every((i) => set.has(i)))
        return `${k}=${v}`;
    }
    const carriers = scope.filter((i) => shared.every(([k, v]) => this.pods[i].labels[k] === v));
    if (carriers.length === members.length && carriers.every((i) => set.has(i)))
      return shared.map(([k, v]) => `${k}=${v}`).join(',');
    return undefined;
  }
}
