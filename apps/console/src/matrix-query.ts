/** The heat map's filter, as the query string of GET …/reachability/matrix (and its dry run). */
export interface MatrixFilter {
  namespace: string;
  port: string;
  protocol: string;
  labelSelector: string;
}

export function matrixQuery(filter: MatrixFilter): string {
  const q = new URLSearchParams({ port: filter.port, protocol: filter.protocol });
  if (filter.namespace) q.set('namespace', filter.namespace);
  if (filter.labelSelector) q.set('labelSelector', filter.labelSelector);
  return q.toString();
}
