/**
 * What the sandbox knows about one kind, in one place: the discovery facts upstream publishes
 * (group/version, plural, singular, short names, categories, scope, verbs, subresources), the
 * upstream OpenAPI schema it is decoded and documented with, its patch metadata, its defaulting
 * and validation, and its printer columns. Discovery, OpenAPI, tables, admission and apply all
 * read these definitions; docs/adding-a-kind.md walks through writing one.
 */
import type { FieldCause } from '../errors';
import { kindPatchNode } from '../patch/patch-from-schema';
import type { PatchNode } from '../patch/patch-schema';
import type { PrintedRow } from '../printing/printers';
import type { TableColumnDefinition } from '../printing/table';

/** A subresource as discovery lists it (`pods/status`, `deployments/scale`). */
export interface Subresource {
  name: string;
  group: string;
  version: string;
  kind: string;
}

/** Server-side printing: the columns (priority 1 = `-o wide`) and a row function, one cell each. */
export interface KindPrinter {
  columns: TableColumnDefinition[];
  row: (obj: never, now: Date) => PrintedRow;
}

/** The verbs the API server offers on a standard resource (what discovery lists). */
export const STANDARD_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
] as const;

export interface KindInfo {
  kind: string;
  /** '' for the core group. */
  group: string;
  version: string;
  /** `group/version`, or just `version` for the core group. */
  apiVersion: string;
  /** Plural, as in URLs: "services". */
  resource: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Derived by a controller in the sandbox: users cannot write it (405 MethodNotAllowed). */
  readOnly?: boolean;
  /** Upstream OpenAPI name of the kind's type (`io.k8s.api.core.v1.Service`). */
  schema: string;
  /** Strategic-merge-patch and server-side-apply metadata of the whole object. */
  patch: PatchNode;
  verbs: string[];
  subresources: Subresource[];
  /**
   * DELETE answers with the object rather than a Success Status (registry Store.finalizeDelete:
   * storage that sets ReturnDeletedObject or deletes gracefully).
   */
  returnsDeletedObject: boolean;
  /** Defaults applied in place to a copy before validation (SetObjectDefaults_<Kind>). */
  defaults?: (obj: never) => void;
  /** Create validation after defaulting; `[]` when valid. Without it only metadata is checked. */
  validate?: (obj: never) => FieldCause[];
  /** Without one, tables show rest.DefaultTableConvertor's NAME and CREATED AT. */
  printer?: KindPrinter;
}

/** A kind's definition, as written in definitions/*.ts. */
export type KindDefinition = KindInfo;

export interface KindSpec {
  kind: string;
  group: string;
  version: string;
  resource: string;
  /** Defaults to the lower-cased kind. */
  singular?: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  readOnly?: boolean;
  schema: string;
  /** Defaults to the metadata the catalog's x-kubernetes markers give `schema` (patch-from-schema.ts). */
  patch?: PatchNode;
  /** Defaults to STANDARD_VERBS. */
  verbs?: readonly string[];
  /** Serve `<resource>/status`. */
  status?: boolean;
  /** Serve `<resource>/scale` (autoscaling/v1 Scale). */
  scale?: boolean;
  returnsDeletedObject?: boolean;
  defaults?: (obj: never) => void;
  validate?: (obj: never) => FieldCause[];
  printer?: KindPrinter;
}

/** A kind's definition with the derived facts (apiVersion, singular, verbs, subresources) filled in. */
export function defineKind(spec: KindSpec): KindDefinition {
  const { status, scale, verbs, ...rest } = spec;
  const subresources: Subresource[] = [];
  // Discovery lists a kind's subresources sorted by name: scale before status.
  if (scale)
    subresources.push({ name: 'scale', group: 'autoscaling', version: 'v1', kind: 'Scale' });
  if (status)
    subresources.push({
      name: 'status',
      group: spec.group,
      version: spec.version,
      kind: spec.kind,
    });
  return {
    ...rest,
    patch: spec.patch ?? kindPatchNode(spec.schema),
    apiVersion: spec.group ? `${spec.group}/${spec.version}` : spec.version,
    singular: spec.singular ?? spec.kind.toLowerCase(),
    shortNames: spec.shortNames ?? [],
    categories: spec.categories ?? [],
    readOnly: spec.readOnly ?? false,
    returnsDeletedObject: spec.returnsDeletedObject ?? false,
    verbs: [...(verbs ?? STANDARD_VERBS)],
    subresources,
  };
}
