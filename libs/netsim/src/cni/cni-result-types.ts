/** The CNI ADD result and the Pod CNI answer (built in cni-result.ts, worded in explain/explain-cni.ts). */
export interface CniInterface {
  name: string;
  mac: string;
  /** Set for interfaces inside the Pod's network namespace. */
  sandbox?: string;
}

export interface CniResult {
  cniVersion: string;
  interfaces: CniInterface[];
  ips: Array<{ address: string; gateway?: string; interface: number }>;
  routes: Array<{ dst: string; gw?: string }>;
  dns: { nameservers?: string[]; domain?: string; search?: string[]; options?: string[] };
}

export interface PodCni {
  pod: string;
  node: string;
  networkPlugin: string;
  /** The file name under /etc/cni/net.d and its content. */
  conflist: { file: string; content: Record<string, unknown> };
  result: CniResult;
  /** Sentences: what the plugin did, and why `dns` is empty. */
  explanation: string[];
}
