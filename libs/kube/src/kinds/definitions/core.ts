/** The core/v1 kinds (k8s.io/api/core/v1, pkg/registry/core/* for scope, short names and verbs). */
import {
  defaultNamespace,
  defaultPod,
  defaultSecret,
  defaultService,
} from '../../defaulting/defaults';
import { COLUMNS } from '../../printing/columns';
import {
  printEndpoints,
  printEvent,
  printNamespace,
  printNode,
  printPod,
  printSecret,
  printService,
} from '../../printing/printers';
import {
  validateNamespace,
  validateNode,
  validatePod,
  validateSecret,
  validateService,
} from '../../validation/core';
import { validateEvent } from '../../validation/event';
import { defineKind, STANDARD_VERBS } from '../kind-definition';

const CORE = 'io.k8s.api.core.v1';
const core = { group: '', version: 'v1', namespaced: true } as const;

export const POD = defineKind({
  ...core,
  kind: 'Pod',
  resource: 'pods',
  shortNames: ['po'],
  categories: ['all'],
  returnsDeletedObject: true,
  schema: `${CORE}.Pod`,
  status: true,
  defaults: defaultPod,
  validate: validatePod,
  printer: { columns: COLUMNS.Pod, row: printPod },
});

export const SERVICE = defineKind({
  ...core,
  kind: 'Service',
  resource: 'services',
  shortNames: ['svc'],
  categories: ['all'],
  returnsDeletedObject: true,
  schema: `${CORE}.Service`,
  status: true,
  defaults: defaultService,
  validate: validateService,
  printer: { columns: COLUMNS.Service, row: printService },
});

export const NAMESPACE = defineKind({
  ...core,
  kind: 'Namespace',
  resource: 'namespaces',
  namespaced: false,
  shortNames: ['ns'],
  returnsDeletedObject: true,
  schema: `${CORE}.Namespace`,
  // Upstream namespaces do not offer deletecollection.
  verbs: STANDARD_VERBS.filter((v) => v !== 'deletecollection'),
  defaults: defaultNamespace,
  validate: validateNamespace,
  printer: { columns: COLUMNS.Namespace, row: printNamespace },
});

export const NODE = defineKind({
  ...core,
  kind: 'Node',
  resource: 'nodes',
  namespaced: false,
  shortNames: ['no'],
  schema: `${CORE}.Node`,
  validate: validateNode,
  printer: { columns: COLUMNS.Node, row: printNode },
});

export const SECRET = defineKind({
  ...core,
  kind: 'Secret',
  resource: 'secrets',
  schema: `${CORE}.Secret`,
  defaults: defaultSecret,
  validate: validateSecret,
  printer: { columns: COLUMNS.Secret, row: printSecret },
});

/** Derived by the endpoints controller from EndpointSlices; read-only here. */
export const ENDPOINTS = defineKind({
  ...core,
  kind: 'Endpoints',
  resource: 'endpoints',
  shortNames: ['ep'],
  readOnly: true,
  schema: `${CORE}.Endpoints`,
  printer: { columns: COLUMNS.Endpoints, row: printEndpoints },
});

export const EVENT = defineKind({
  ...core,
  kind: 'Event',
  resource: 'events',
  shortNames: ['ev'],
  schema: `${CORE}.Event`,
  validate: validateEvent,
  printer: { columns: COLUMNS.Event, row: printEvent },
});
