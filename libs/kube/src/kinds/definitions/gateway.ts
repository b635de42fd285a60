/**
 * The Gateway API kinds of the standard channel, as their CRDs register them
 * (kubernetes-sigs/gateway-api config/crd/standard/gateway.networking.k8s.io_*.yaml: names,
 * short names, categories, the `status` subresource and additionalPrinterColumns).
 */
import { defaultGateway, defaultHTTPRoute } from '../../defaulting/gateway';
import { customColumnsPrinter } from '../../printing/custom-columns';
import {
  validateGateway,
  validateGatewayClass,
  validateHTTPRoute,
  validateReferenceGrant,
} from '../../validation/gateway';
import { defineKind, type KindPrinter } from '../kind-definition';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const GW = 'io.k8s.networking.gateway';
const base = { group: GATEWAY_GROUP, categories: ['gateway-api'], status: true } as const;
const AGE = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' } as const;
const printer = (p: ReturnType<typeof customColumnsPrinter>) => p as unknown as KindPrinter;

export const GATEWAY_CLASS = defineKind({
  ...base,
  categories: [...base.categories],
  kind: 'GatewayClass',
  version: 'v1',
  resource: 'gatewayclasses',
  namespaced: false,
  shortNames: ['gc'],
  schema: `${GW}.v1.GatewayClass`,
  validate: validateGatewayClass,
  printer: printer(
    customColumnsPrinter([
      { name: 'Controller', type: 'string', jsonPath: '.spec.controllerName' },
      {
        name: 'Accepted',
        type: 'string',
        jsonPath: '.status.conditions[?(@.type=="Accepted")].status',
      },
      AGE,
      { name: 'Description', type: 'string', jsonPath: '.spec.description', priority: 1 },
    ]),
  ),
});

export const GATEWAY = defineKind({
  ...base,
  categories: [...base.categories],
  kind: 'Gateway',
  version: 'v1',
  resource: 'gateways',
  namespaced: true,
  shortNames: ['gtw'],
  schema: `${GW}.v1.Gateway`,
  defaults: defaultGateway,
  validate: validateGateway,
  printer: printer(
    customColumnsPrinter([
      { name: 'Class', type: 'string', jsonPath: '.spec.gatewayClassName' },
      { name: 'Address', type: 'string', jsonPath: '.status.addresses[*].value' },
      {
        name: 'Programmed',
        type: 'string',
        jsonPath: '.status.conditions[?(@.type=="Programmed")].status',
      },
      AGE,
    ]),
  ),
});

export const HTTP_ROUTE = defineKind({
  ...base,
  categories: [...base.categories],
  kind: 'HTTPRoute',
  version: 'v1',
  resource: 'httproutes',
  namespaced: true,
  schema: `${GW}.v1.HTTPRoute`,
  defaults: defaultHTTPRoute,
  validate: validateHTTPRoute,
  printer: printer(
    customColumnsPrinter([{ name: 'Hostnames', type: 'string', jsonPath: '.spec.hostnames' }, AGE]),
  ),
});

/** Served as v1beta1 (its storage version); upstream has no status subresource for it. */
export const REFERENCE_GRANT = defineKind({
  ...base,
  categories: [...base.categories],
  status: false,
  kind: 'ReferenceGrant',
  version: 'v1beta1',
  resource: 'referencegrants',
  namespaced: true,
  shortNames: ['refgrant'],
  schema: `${GW}.v1beta1.ReferenceGrant`,
  validate: validateReferenceGrant,
  printer: printer(customColumnsPrinter([AGE])),
});
