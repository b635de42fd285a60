// npm run schema:catalog — regenerates libs/kube/src/schema/field-catalog.ts from the vendored
// upstream definitions (scripts/schema/upstream/kubernetes-api-definitions.json).
//   --check              exit 1 when the committed catalog differs from what would be generated
//   --vendor <file>      refresh the vendored definitions from an upstream OpenAPI v2 or v3
//                        document first, described by --release, --repository, --path, --commit
//                        and optionally --note (all printed in the generated header)
// The roots are the registry's kinds (KINDS[].schema) and the API types every document serves.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '@app/kube';
import {
  closure,
  definitionsOf,
  renderFieldCatalog,
  type Provenance,
  type UpstreamDocument,
  type UpstreamSchema,
} from './render-field-catalog';
import { V3_ADDITIONS } from './v3-additions';
import { crdDefinitions } from './crd-definitions';

const ROOT = join(__dirname, '..', '..');
export const VENDORED = join(ROOT, 'scripts/schema/upstream/kubernetes-api-definitions.json');
export const CATALOG = join(ROOT, 'libs/kube/src/schema/field-catalog.ts');

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
/** Types the facade's documents serve beside the kinds (Status, DeleteOptions, Scale, …). */
const API_TYPES = [
  `${META}.Status`,
  `${META}.DeleteOptions`,
  `${META}.Patch`,
  `${META}.ListMeta`,
  `${META}.MicroTime`,
  'io.k8s.api.autoscaling.v1.Scale',
];

/** CRD kinds: the vendored CRD manifests and the version of each the registry serves. */
export const CRD_DIR = join(ROOT, 'scripts/schema/upstream/gateway-api');
const CRDS: Array<[file: string, version: string]> = [
  ['gateway.networking.k8s.io_gatewayclasses.yaml', 'v1'],
  ['gateway.networking.k8s.io_gateways.yaml', 'v1'],
  ['gateway.networking.k8s.io_httproutes.yaml', 'v1'],
  ['gateway.networking.k8s.io_referencegrants.yaml', 'v1beta1'],
];
const CRD_NOTE =
  'Gateway API kinds: the standard-channel CRDs of kubernetes-sigs/gateway-api config/crd/standard/ at commit 4564255ac2c35d582249b3cdf261bdf51c8bca32 (scripts/schema/crd-definitions.ts names their inline objects).';

/** The named definitions of every vendored CRD. */
export function crdDocument(): Record<string, UpstreamSchema> {
  return Object.assign(
    {},
    ...CRDS.map(([file, version]) =>
      crdDefinitions(readFileSync(join(CRD_DIR, file), 'utf8'), version),
    ),
  ) as Record<string, UpstreamSchema>;
}

interface Vendored extends UpstreamDocument {
  provenance: Provenance;
}

export function catalogRoots(): { roots: string[]; kindRoots: string[] } {
  const kindRoots = [...new Set(KINDS.map((k) => k.schema))].sort();
  return { roots: [...kindRoots, ...API_TYPES], kindRoots };
}

/** What field-catalog.ts should contain, from the vendored definitions. */
export function expectedCatalog(): string {
  const vendored = JSON.parse(readFileSync(VENDORED, 'utf8')) as Vendored;
  const { roots, kindRoots } = catalogRoots();
  const definitions = { ...vendored.definitions, ...crdDocument() };
  const p = vendored.provenance;
  const provenance = { ...p, note: p.note ? `${p.note}\n// ${CRD_NOTE}` : CRD_NOTE };
  return renderFieldCatalog({ definitions }, roots, kindRoots, V3_ADDITIONS, provenance);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

function vendor(file: string): void {
  const raw = readFileSync(file);
  const defs = definitionsOf(JSON.parse(raw.toString('utf8')) as UpstreamDocument);
  const provenance: Provenance = {
    release: arg('--release') ?? 'unknown',
    repository: arg('--repository') ?? 'kubernetes/kubernetes',
    path: arg('--path') ?? 'api/openapi-spec/swagger.json',
    commit: arg('--commit') ?? 'unknown',
    sha256: createHash('sha256').update(raw).digest('hex'),
    ...(arg('--note') ? { note: arg('--note') } : {}),
  };
  // CRD kinds' types come from the vendored CRDs, not from the Kubernetes document.
  const crd = crdDocument();
  const names = closure(
    defs,
    catalogRoots().roots.filter((r) => !(r in crd)),
  );
  const definitions = Object.fromEntries(names.map((n) => [n, defs[n]]));
  writeFileSync(VENDORED, `${JSON.stringify({ provenance, definitions }, null, 2)}\n`);
  console.log(`vendored ${names.length} definitions from ${file}`);
}

function main(): number {
  const source = arg('--vendor');
  if (source) vendor(source);
  const expected = expectedCatalog();
  if (process.argv.includes('--check')) {
    const same = readFileSync(CATALOG, 'utf8') === expected;
    console.log(same ? 'field-catalog.ts is up to date' : 'field-catalog.ts differs: regenerate');
    return same ? 0 : 1;
  }
  writeFileSync(CATALOG, expected);
  console.log(`wrote ${CATALOG}`);
  return 0;
}

if (require.main === module) process.exit(main());
