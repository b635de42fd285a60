/**
 * Sets of connections (protocol × destination port) between two endpoints, the way np-guard's
 * netpol-analyzer (`pkg/netpol/connection` ConnectionSet) represents what a pair may exchange:
 * per protocol a sorted list of disjoint inclusive port ranges. Values are immutable and
 * interned, so equal sets share one id and set algebra is memoised by id.
 */
import type { Protocol } from '@app/kube';

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Flat [lo0, hi0, lo1, hi1, …] per protocol, sorted and merged (adjacent ranges joined). */
export type PortRanges = readonly number[];

export interface ConnectionSet {
  /** Canonical text: equal sets, equal keys. */
  readonly key: string;
  readonly ranges: Readonly<Record<Protocol, PortRanges>>;
}

/** Normalises ranges: sorts, clips to 1-65535, merges overlapping and adjacent ones. */
export function normaliseRanges(pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const sorted = pairs
    .map(([lo, hi]) => [Math.max(MIN_PORT, lo), Math.min(MAX_PORT, hi)] as const)
    .filter(([lo, hi]) => lo <= hi)
    .sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) out[last] = Math.max(out[last], hi);
    else out.push(lo, hi);
  }
  return out;
}

function unionRanges(a: PortRanges, b: PortRanges): number[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < a.length; i += 2) pairs.push([a[i], a[i + 1]]);
  for (let i = 0; i < b.length; i += 2) pairs.push([b[i], b[i + 1]]);
  return normaliseRanges(pairs);
}

function intersectRanges(a: PortRanges, b: PortRanges): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i], b[j]);
    const hi = Math.min(a[i + 1], b[j + 1]);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

/** a minus b. */
function subtractRanges(a: PortRanges, b: PortRanges): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i];
    const hi = a[i + 1];
    while (j < b.length && b[j + 1] < lo) j += 2;
    let k = j;
    while (k < b.length && b[k] <= hi) {
      if (b[k] > lo) out.push(lo, b[k] - 1);
      lo = Math.max(lo, b[k + 1] + 1);
      k += 2;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

const keyOf = (ranges: Readonly<Record<Protocol, PortRanges>>): string =>
  PROTOCOLS.map((p) => `${p}:${ranges[p].join(',')}`).join('|');

/**
 * An interning table: every set made through it is stored once and known by a small integer,
 * so a million cell comparisons are integer comparisons and each distinct union, intersection
 * or difference is computed once.
 */
export class ConnectionSets {
  private readonly byKey = new Map<string, number>();
  private readonly sets: ConnectionSet[] = [];
  private readonly memo = [
    new Map<number, number>(),
    new Map<number, number>(),
    new Map<number, number>(),
  ];
  readonly none: number;
  readonly all: number;

  constructor() {
    this.none = this.intern({ TCP: [], UDP: [], SCTP: [] });
    const full = [MIN_PORT, MAX_PORT];
    this.all = this.intern({ TCP: full, UDP: full, SCTP: full });
  }

  intern(ranges: Readonly<Record<Protocol, PortRanges>>): number {
    const key = keyOf(ranges);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push({ key, ranges });
      this.byKey.set(key, id);
    }
    return id;
  }

  /** The set with these ranges for one protocol and nothing else. */
  ofProtocol(protocol: Protocol, pairs: ReadonlyArray<readonly [number, number]>): number {
    return this.intern({ TCP: [], UDP: [], SCTP: [], [protocol]: normaliseRanges(pairs) });
  }

  get(id: number): ConnectionSet {
    return this.sets[id];
  }

  get size(): number {
    return this.sets.length;
  }

  union(a: number, b: number): number {
    if (a === b || b === this.none) return a;
    if (a === this.none) return b;
    if (a === this.all || b === this.all) return this.all;
    return this.combine(0, a, b, unionRanges);
  }

  intersect(a: number, b: number): number {
    if (a === b || b === this.all) return a;
    if (a === this.all) return b;
    if (a === this.none || b === this.none) return this.none;
    return this.combine(1, a, b, intersectRanges);
  }

  subtract(a: number, b: number): number {
    if (a === b || a === this.none || b === this.all) return this.none;
    if (b === this.none) return a;
    return this.combine(2, a, b, subtractRanges);
  }

  /** Whether the set holds this port and protocol. */
  has(id: number, port: number, protocol: Protocol): boolean {
    const r = this.sets[id].ranges[protocol];
    for (let i = 0; i < r.length; i += 2) if (port >= r[i] && port <= r[i + 1]) return true;
    return false;
  }

  private combine(
    op: number,
    a: number,
    b: number,
    f: (x: PortRanges, y: PortRanges) => number[],
  ): number {
    // Ids stay far below 2^26, so the pair packs exactly into one double.
    const memoKey = a * 67108864 + b;
    let id = this.memo[op].get(memoKey);
    if (id === undefined) {
      const x = this.sets[a].ranges;
      const y = this.sets[b].ranges;
      id = this.intern({ TCP: f(x.TCP, y.TCP), UDP: f(x.UDP, y.UDP), SCTP: f(x.SCTP, y.SCTP) });
      this.memo[op].set(memoKey, id);
    }
    return id;
  }
}

/** One protocol's part of a set, as the API shows it: ports "80", "1-79", "1-65535" (every port). */
export interface ProtocolPorts {
  protocol: Protocol;
  ports: string[];
}

export function protocolPorts(set: ConnectionSet): ProtocolPorts[] {
  return PROTOCOLS.filter((p) => set.ranges[p].length > 0).map((protocol) => {
    const r = set.ranges[protocol];
    const ports: string[] = [];
    for (let i = 0; i < r.length; i += 2)
      ports.push(r[i] === r[i + 1] ? String(r[i]) : `${r[i]}-${r[i + 1]}`);
    return { protocol, ports };
  });
}

const isFull = (r: PortRanges): boolean => r.length === 2 && r[0] === MIN_PORT && r[1] === MAX_PORT;

function rangesText(r: PortRanges): string {
  const parts: string[] = [];
  for (let i = 0; i < r.length; i += 2)
    parts.push(r[i] === r[i + 1] ? String(r[i]) : `${r[i]}-${r[i + 1]}`);
  return parts.join(', ');
}

/**
 * A set in words: "every port and protocol", "TCP port 80", "TCP ports 80, 443 and UDP port 53",
 * "every TCP port", or — when that is shorter — "every port and protocol except TCP port 80".
 */
export function describeConnections(sets: ConnectionSets, id: number): string {
  if (id === sets.all) return 'every port and protocol';
  if (id === sets.none) return 'no connection';
  const direct = describeDirect(sets.get(id));
  const complement = sets.subtract(sets.all, id);
  const rest = describeDirect(sets.get(complement));
  return rest.length < direct.length ? `every port and protocol except ${rest}` : direct;
}

function describeDirect(set: ConnectionSet): string {
  const parts = PROTOCOLS.filter((p) => set.ranges[p].length > 0).map((p) => {
    const r = set.ranges[p];
    if (isFull(r)) return `every ${p} port`;
    const single = r.length === 2 && r[0] === r[1];
    return `${p} port${single ? '' : 's'} ${rangesText(r)}`;
  });
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
