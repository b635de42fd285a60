/** The networking.k8s.io/v1 and discovery.k8s.io/v1 kinds (k8s.io/api/networking/v1, discovery/v1). */
import { defaultEndpointSlice, defaultNetworkPolicy } from '../../defaulting/defaults';
import { COLUMNS } from '../../printing/columns';
import {
  printEndpointSlice,
  printIngress,
  printIngressClass,
  printNetworkPolicy,
} from '../../printing/printers';
import {
  validateEndpointSlice,
  validateIngress,
  validateIngressClass,
  validateNetworkPolicy,
} from '../../validation/networking';
import { defineKind } from '../kind-definition';

const NET = 'io.k8s.api.networking.v1';
const networking = { group: 'networking.k8s.io', version: 'v1', namespaced: true } as const;

/** Derived by the EndpointSlice controller for selector Services; users may write their own. */
export const ENDPOINT_SLICE = defineKind({
  kind: 'EndpointSlice',
  group: 'discovery.k8s.io',
  version: 'v1',
  namespaced: true,
  resource: 'endpointslices',
  schema: 'io.k8s.api.discovery.v1.EndpointSlice',
  defaults: defaultEndpointSlice,
  validate: validateEndpointSlice,
  printer: { columns: COLUMNS.EndpointSlice, row: printEndpointSlice },
});

export const NETWORK_POLICY = defineKind({
  ...networking,
  kind: 'NetworkPolicy',
  resource: 'networkpolicies',
  shortNames: ['netpol'],
  schema: `${NET}.NetworkPolicy`,
  defaults: defaultNetworkPolicy,
  validate: validateNetworkPolicy,
  printer: { columns: COLUMNS.NetworkPolicy, row: printNetworkPolicy },
});

export const INGRESS = defineKind({
  ...networking,
  kind: 'Ingress',
  resource: 'ingresses',
  shortNames: ['ing'],
  schema: `${NET}.Ingress`,
  validate: validateIngress,
  printer: { columns: COLUMNS.Ingress, row: printIngress },
});

export const INGRESS_CLASS = defineKind({
  ...networking,
  kind: 'IngressClass',
  resource: 'ingressclasses',
  namespaced: false,
  schema: `${NET}.IngressClass`,
  validate: validateIngressClass,
  printer: { columns: COLUMNS.IngressClass, row: printIngressClass },
});
