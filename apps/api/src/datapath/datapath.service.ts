import { Injectable } from '@nestjs/common';
import { notFound } from '@app/kube';
import { interfacesText, type NodeInterface, type NodeRoutes, type PodCni } from '@app/netsim';
import type { Principal } from '@app/store';
import { ClustersService } from '../clusters/clusters.service';

export interface NodeInterfaces {
  node: string;
  networkPlugin: string;
  interfaces: NodeInterface[];
  text: string;
}

/**
 * The datapath questions (a node's routes and interfaces, a Pod's CNI ADD result) for REST and
 * GraphQL alike; each is one lookup on the revision's cached Simulation.
 */
@Injectable()
export class DatapathService {
  constructor(private readonly clusters: ClustersService) {}

  async routes(principal: Principal, clusterId: string, node: string): Promise<NodeRoutes> {
    const { sim } = await this.clusters.simulation(principal, clusterId);
    const routes = sim.nodeRoutes(node);
    if (!routes) throw notFound('nodes', node);
    return routes;
  }

  async interfaces(principal: Principal, clusterId: string, node: string): Promise<NodeInterfaces> {
    const { sim } = await this.clusters.simulation(principal, clusterId);
    const interfaces = sim.nodeInterfaces(node);
    if (!interfaces) throw notFound('nodes', node);
    const networkPlugin = sim.snapshot.config.networkPlugin;
    return { node, networkPlugin, interfaces, text: interfacesText(interfaces) };
  }

  async podCni(
    principal: Principal,
    clusterId: string,
    namespace: string,
    name: string,
  ): Promise<PodCni> {
    const { sim } = await this.clusters.simulation(principal, clusterId);
    const cni = sim.podCni(namespace, name);
    if (!cni) throw notFound('pods', name);
    return cni;
  }
}
