// npm run check:deploy [-- --write] — checks docker/ without Docker or helm (neither runs here):
// renders the Helm chart (defaults and every ci/*-values.yaml), validates each object with the
// sandbox's own Kubernetes validation and unknown-field check, asserts the deployment contract
// (both ports, probes, resources, securityContext, Secrets, budget), checks that
// docker/k8s/kube-network-sandbox.yaml is the chart's default rendering (--write regenerates it),
// and reads the compose file and the Dockerfile for the same contract.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { formatCause, unknownFields, validateObject, type KubeObject } from '@app/kube';
import { renderChart, TemplateError } from './render-helm-chart';

const root = join(__dirname, '..', '..');
const chartDir = join(root, 'docker', 'helm', 'kube-network-sandbox');
const staticManifest = join(root, 'docker', 'k8s', 'kube-network-sandbox.yaml');
const problems: string[] = [];
const expect = (ok: unknown, problem: string) => ok || problems.push(problem);

type Obj = Record<string, any>;

/** The chart rendered as one multi-document file, in `helm template` layout. */
function renderAll(release: string, overrides: unknown[] = []): string {
  const { manifests, notes } = renderChart(chartDir, { name: release }, overrides);
  expect(notes.includes('tenant:create'), 'NOTES.txt: must say how to create the first tenant');
  return Object.entries(manifests)
    .filter(([, text]) => text.trim().length > 0)
    .map(([file, text]) => `---\n# Source: kube-network-sandbox/${file}\n${text.trim()}\n`)
    .join('');
}

function objectsOf(text: string, where: string): Obj[] {
  const objects: Obj[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) problems.push(`${where}: ${doc.errors[0].message}`);
    const value = doc.toJS() as Obj | null;
    if (value) objects.push(value);
  }
  return objects;
}

const matches = (selector: Obj = {}, labels: Obj = {}) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

function checkObjects(objects: Obj[], where: string): void {
  for (const o of objects) {
    const id = `${where}: ${o.kind}/${o.metadata?.name}`;
    expect(
      o.apiVersion && o.kind && o.metadata?.name,
      `${where}: an object lacks apiVersion, kind or name`,
    );
    for (const field of unknownFields(o.kind, o)) problems.push(`${id}: unknown field "${field}"`);
    if (['Deployment', 'Service'].includes(o.kind)) {
      for (const cause of validateObject(o as KubeObject))
        problems.push(`${id}: ${formatCause(cause)}`);
    }
  }
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  const [deployment] = of('Deployment');
  if (!deployment) return void problems.push(`${where}: no Deployment`);
  const pod = deployment.spec.template;
  const podLabels = pod.metadata?.labels;
  expect(
    matches(deployment.spec.selector?.matchLabels, podLabels),
    `${where}: the Deployment's selector misses its pods`,
  );
  const api = pod.spec.containers[0] as Obj;
  const port = (n: number) => (api.ports ?? []).find((p: Obj) => p.containerPort === n);
  expect(port(3000)?.name === 'http', `${where}: container port 3000 named http`);
  expect(port(3443)?.name === 'https', `${where}: container port 3443 named https (kubectl)`);
  expect(api.readinessProbe?.httpGet?.path === '/readyz', `${where}: readiness probe on /readyz`);
  expect(api.livenessProbe?.httpGet?.path === '/healthz', `${where}: liveness probe on /healthz`);
  for (const kind of ['requests', 'limits'])
    expect(
      api.resources?.[kind]?.cpu && api.resources?.[kind]?.memory,
      `${where}: resources.${kind} for cpu and memory`,
    );
  expect(pod.spec.securityContext?.runAsNonRoot === true, `${where}: pod runAsNonRoot`);
  const sc = api.securityContext ?? {};
  expect(sc.allowPrivilegeEscalation === false, `${where}: allowPrivilegeEscalation false`);
  expect(sc.readOnlyRootFilesystem === true, `${where}: readOnlyRootFilesystem`);
  expect(sc.capabilities?.drop?.includes('ALL'), `${where}: capabilities drop ALL`);
  const env = Object.fromEntries((api.env ?? []).map((e: Obj) => [e.name, e]));
  expect(env.DATABASE_URL?.valueFrom?.secretKeyRef?.name, `${where}: DATABASE_URL from a Secret`);
  expect(env.CREATE_DEMO_TENANT?.value === 'false', `${where}: no demo tenant in a deployment`);
  const volumes = Object.fromEntries((pod.spec.volumes ?? []).map((v: Obj) => [v.name, v]));
  for (const mount of api.volumeMounts ?? [])
    expect(volumes[mount.name], `${where}: volumeMount ${mount.name} has no volume`);
  const mountOf = (file: string) =>
    (api.volumeMounts ?? []).find((m: Obj) => file?.startsWith(`${m.mountPath}/`));
  for (const name of ['TLS_CERT_FILE', 'TLS_KEY_FILE', 'TLS_CA_FILE']) {
    const mount = mountOf(env[name]?.value);
    expect(
      mount && volumes[mount.name]?.secret?.secretName,
      `${where}: ${name} inside a mounted Secret`,
    );
  }
  for (const path of ['/data', '/tmp'])
    expect(
      (api.volumeMounts ?? []).some((m: Obj) => m.mountPath === path),
      `${where}: a writable volume at ${path}`,
    );
  const [service] = of('Service');
  expect(
    service && matches(service.spec.selector, podLabels),
    `${where}: the Service selects the pods`,
  );
  for (const p of service?.spec.ports ?? [])
    expect(
      (api.ports ?? []).some((c: Obj) => c.name === p.targetPort),
      `${where}: Service port ${p.name} targets a named container port`,
    );
  expect((service?.spec.ports ?? []).length === 2, `${where}: the Service exposes http and https`);
  const [budget] = of('PodDisruptionBudget');
  expect(
    budget && matches(budget.spec.selector?.matchLabels, podLabels),
    `${where}: a PodDisruptionBudget over the pods`,
  );
  if (budget?.spec.minAvailable !== undefined)
    expect(
      budget.spec.minAvailable < deployment.spec.replicas,
      `${where}: minAvailable below replicas, or nodes never drain`,
    );
}

function checkChart(write: boolean): void {
  const defaults = renderAll('kube-network-sandbox');
  checkObjects(objectsOf(defaults, 'chart defaults'), 'chart defaults');
  for (const file of readdirSync(join(chartDir, 'ci')).filter((f) => f.endsWith('-values.yaml'))) {
    const values = parse(readFileSync(join(chartDir, 'ci', file), 'utf8'));
    checkObjects(objectsOf(renderAll('kns', [values]), `chart ci/${file}`), `chart ci/${file}`);
  }
  try {
    renderAll('kns', [{ database: { existingSecret: '' } }]);
    problems.push('chart: an empty database.existingSecret must fail to render');
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
  }
  const header =
    '# Generated from docker/helm/kube-network-sandbox with its default values by\n' +
    '# `npm run check:deploy -- --write`: edit the chart, not this file.\n';
  if (write) writeFileSync(staticManifest, header + defaults);
  else {
    const current = readFileSync(staticManifest, 'utf8');
    expect(
      current === header + defaults,
      `${staticManifest}: differs from the chart; run npm run check:deploy -- --write`,
    );
  }
}

function checkCompose(): void {
  const compose = parse(readFileSync(join(root, 'docker', 'compose.yaml'), 'utf8')) as Obj;
  const api = compose.services?.api ?? {};
  const published = (api.ports ?? []).map((p: string) => String(p).split(':').pop());
  expect(
    published.includes('3000') && published.includes('3443'),
    'compose: api publishes 3000 and 3443',
  );
  expect(compose.services?.postgres?.healthcheck, 'compose: postgres has a healthcheck');
  expect(
    api.depends_on?.postgres?.condition === 'service_healthy',
    'compose: api waits for a healthy postgres',
  );
  expect(
    /@postgres:5432\//.test(api.environment?.DATABASE_URL ?? ''),
    'compose: api uses the postgres service',
  );
}

function checkDockerfile(): void {
  const text = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');
  const stages = text.split(/^FROM /m).slice(1);
  expect(stages.length >= 2, 'Dockerfile: a build stage and a runtime stage');
  expect(
    /npm (i|install) (-g|--global) npm@11/.test(stages[0] ?? ''),
    'Dockerfile: the build stage uses npm 11',
  );
  const runtime = stages[stages.length - 1] ?? '';
  const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
  expect(
    user && user !== 'root' && user !== '0',
    'Dockerfile: the runtime stage runs as a non-root USER',
  );
  expect(/^EXPOSE\s+3000\s+3443\s*$/m.test(runtime), 'Dockerfile: EXPOSE 3000 3443');
  expect(
    /^CMD \["node", "dist\/apps\/api\/main\.js"\]$/m.test(runtime),
    'Dockerfile: CMD runs the bundle',
  );
  expect(!/devDependencies|@swc-node/.test(runtime), 'Dockerfile: no dev tooling at run time');
}

checkChart(process.argv.includes('--write'));
checkCompose();
checkDockerfile();
if (problems.length > 0) {
  console.error(`docker/ check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('docker/: chart, manifests, compose file and Dockerfile check out');
