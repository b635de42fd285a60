/**
 * The derived read model of one cluster revision (docs/architecture.md "Engine"): cluster index →
 * endpoint view → Service-port table (kube-proxy's view) → address classifier → compiled
 * policies. Each part is built once, on first use, and every question reads through it, so DNS,
 * env, kube-proxy, iptables text, the trace, the matrix, Ingress and grading share one reading of
 * the cluster. `Simulation` holds it; `modelOf(index)` finds the same instance from an index.
 */
import type { ClusterIndex } from '../cluster-index';
import { compilePolicies } from '../netpol/compile';
import type { CompiledPolicies } from '../netpol/types';
import { buildServicePorts, type ProxyServicePort } from '../proxy/service-ports';
import { policyInputOf } from './policy-input';
import { AddressClassifier } from './address-classifier';
import { EndpointView } from './endpoint-view';

export class ClusterModel {
  private endpointView?: EndpointView;
  private servicePortTable?: readonly ProxyServicePort[];
  private portsByName?: Map<string, ProxyServicePort>;
  private classifier?: AddressClassifier;
  private compiledPolicies?: CompiledPolicies;

  constructor(readonly index: ClusterIndex) {}

  /** Every Service's endpoints with their conditions read once (the only reader). */
  get endpoints(): EndpointView {
    return (this.endpointView ??= new EndpointView(this.index));
  }

  /** kube-proxy's Service ports with their endpoints (proxy/service-ports.ts). */
  get servicePorts(): readonly ProxyServicePort[] {
    return (this.servicePortTable ??= buildServicePorts(this.index, this.endpoints));
  }

  /** One row of the Service-port table: "ns/name", port name and protocol. */
  servicePort(
    serviceKey: string,
    portName: string,
    protocol: string,
  ): ProxyServicePort | undefined {
    if (!this.portsByName) {
      this.portsByName = new Map(
        this.servicePorts.map((sp) => [`${sp.serviceKey}|${sp.portName}|${sp.protocol}`, sp]),
      );
    }
    return this.portsByName.get(`${serviceKey}|${portName}|${protocol}`);
  }

  get addresses(): AddressClassifier {
    return (this.classifier ??= new AddressClassifier(this.index, this.servicePorts));
  }

  /** This revision's NetworkPolicies, compiled (netpol/compile.ts). */
  get compiled(): CompiledPolicies {
    return (this.compiledPolicies ??= compilePolicies(
      policyInputOf(this.index, this.index.objects),
    ));
  }
}

const models = new WeakMap<ClusterIndex, ClusterModel>();

/** The model of this index, created on first use and then shared by every module. */
export function modelOf(index: ClusterIndex): ClusterModel {
  let model = models.get(index);
  if (!model) {
    model = new ClusterModel(index);
    models.set(index, model);
  }
  return model;
}

/** kube-proxy's Service-port table of this revision (proxy/service-ports.ts), built once. */
export function proxyServicePorts(index: ClusterIndex): readonly ProxyServicePort[] {
  return modelOf(index).servicePorts;
}
