/** kube-apiserver's --service-node-port-range, "min-max" inclusive (k8s.io/apimachinery/pkg/util/net PortRange). */
export interface PortRange {
  base: number;
  size: number;
}

/** Parses "30000-32767"; undefined unless 1 <= min < max <= 65535. */
export function parsePortRange(text: string): PortRange | undefined {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(text.trim());
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = Number(m[2]);
  if (min < 1 || max > 65535 || min >= max) return undefined;
  return { base: min, size: max - min + 1 };
}

export const formatPortRange = (r: PortRange): string => `${r.base}-${r.base + r.size - 1}`;
