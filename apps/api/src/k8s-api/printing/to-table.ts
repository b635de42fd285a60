/**
 * Server-side Table printing: pkg/printers/storage TableConvertor (the API server always prints
 * with Wide: true) and apiserver endpoints/handlers/response.go asTable (includeObject handling).
 * The columns and row function of each kind come from its definition in @app/kube's registry.
 */
import {
  DEFAULT_COLUMNS,
  findKindExact,
  printDefault,
  type IncludeObject,
  type KubeObject,
  type PrintedRow,
  type Table,
  type TableRow,
} from '@app/kube';

export interface ToTableOptions {
  /** The time AGE columns are measured against. */
  now: Date;
  /** Default Metadata: rows carry PartialObjectMetadata. */
  includeObject?: IncludeObject;
  /** Omit column definitions (watch events after the first). */
  noHeaders?: boolean;
  /** The list's resourceVersion, copied to the Table metadata. */
  resourceVersion?: string;
}

function rowObject(
  obj: KubeObject,
  includeObject: IncludeObject,
): Record<string, unknown> | undefined {
  if (includeObject === 'None') return undefined;
  if (includeObject === 'Object') return obj as unknown as Record<string, unknown>;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

/**
 * A meta.k8s.io/v1 Table for `objects` of `kind`, as the API server answers `as=Table`:
 * - columns: every column of the kind's printer, priority 1 ones included (kubectl hides them
 *   unless -o wide), so each row has one cell per column; `[]` with `noHeaders`;
 * - cells: strings, or integers where upstream prints int64 (Deployment UP-TO-DATE/AVAILABLE,
 *   ReplicaSet counts, Secret DATA, Event COUNT);
 * - rows[].object: PartialObjectMetadata by default, the full object for `Object`, absent for
 *   `None`; Pods in phase Succeeded/Failed carry upstream's `Completed` row condition;
 * - a kind without a printer gets the default NAME / CREATED AT table.
 */
export function toTable(kind: string, objects: KubeObject[], opts: ToTableOptions): Table {
  const printer = findKindExact(kind)?.printer;
  const print = (printer?.row ?? printDefault) as (o: KubeObject, now: Date) => PrintedRow;
  const includeObject = opts.includeObject ?? 'Metadata';
  const rows: TableRow[] = objects.map((obj) => {
    const printed = print(obj, opts.now);
    const row: TableRow = { cells: printed.cells };
    if (printed.conditions) row.conditions = printed.conditions;
    const object = rowObject(obj, includeObject);
    if (object) row.object = object;
    return row;
  });
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: opts.resourceVersion ? { resourceVersion: opts.resourceVersion } : {},
    columnDefinitions: opts.noHeaders ? [] : (printer?.columns ?? DEFAULT_COLUMNS),
    rows,
  };
}
