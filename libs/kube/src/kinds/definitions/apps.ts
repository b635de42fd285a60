/** The apps/v1 kinds (k8s.io/api/apps/v1, pkg/registry/apps/*). */
import { defaultDeployment, defaultReplicaSet } from '../../defaulting/defaults';
import { COLUMNS } from '../../printing/columns';
import { printDeployment, printReplicaSet } from '../../printing/printers';
import { validateDeployment } from '../../validation/apps';
import { validateReplicaSet } from '../../validation/replica-set';
import { defineKind } from '../kind-definition';

const APPS = 'io.k8s.api.apps.v1';
const apps = { group: 'apps', version: 'v1', namespaced: true, categories: ['all'] } as const;

export const DEPLOYMENT = defineKind({
  ...apps,
  categories: [...apps.categories],
  kind: 'Deployment',
  resource: 'deployments',
  shortNames: ['deploy'],
  schema: `${APPS}.Deployment`,
  scale: true,
  status: true,
  defaults: defaultDeployment,
  validate: validateDeployment,
  printer: { columns: COLUMNS.Deployment, row: printDeployment },
});

export const REPLICA_SET = defineKind({
  ...apps,
  categories: [...apps.categories],
  kind: 'ReplicaSet',
  resource: 'replicasets',
  shortNames: ['rs'],
  schema: `${APPS}.ReplicaSet`,
  defaults: defaultReplicaSet,
  validate: validateReplicaSet,
  printer: { columns: COLUMNS.ReplicaSet, row: printReplicaSet },
});
