/** Test support: small simulated clusters and single checks written as YAML. */
import type { Simulation } from '@app/netsim';
import { parseExerciseSpec } from '../../spec/parse-exercise-spec';
import type { ExerciseCheck, ExerciseClusterOptions } from '../../spec/exercise-spec';
import { simulateSetup } from '../../setup';
import { stringify } from 'yaml';

/** A spec around `checks` (YAML list items or objects) with the given setup. */
export function specWith(checks: unknown[], manifests = '', cluster: ExerciseClusterOptions = {}) {
  return parseExerciseSpec({
    apiVersion: 'sandbox.kns.dev/v1',
    kind: 'Exercise',
    slug: 'test',
    title: 'Test',
    instructions: 'Test.',
    difficulty: 'beginner',
    setup: { cluster, manifests },
    checks,
  });
}

/** One check with defaults for the common fields. */
export function check<T extends ExerciseCheck = ExerciseCheck>(fields: Record<string, unknown>): T {
  return specWith([{ id: 'c', description: 'd', points: 1, hint: 'h', ...fields }]).checks[0] as T;
}

/** A simulated cluster holding `manifests` (YAML text or objects). */
export function cluster(
  manifests: string | unknown[],
  options: ExerciseClusterOptions = {},
): Simulation {
  const text =
    typeof manifests === 'string' ? manifests : manifests.map((m) => stringify(m)).join('---\n');
  return simulateSetup(
    specWith(
      [
        {
          id: 'c',
          description: 'd',
          points: 1,
          hint: 'h',
          kind: 'dns',
          name: 'x',
          expect: { rcode: 'NOERROR' },
        },
      ],
      text,
      options,
    ),
  );
}

/** The web/client cluster most check specs use: web-1 (ready), web-2 (not ready), client; Service web. */
export const WEB = String.raw`
apiVersion: v1
kind: Pod
metadata: { name: web-1, labels: { app: web, tier: front } }
spec: { containers: [{ name: main, image: nginx, ports: [{ name: http, containerPort: 8080 }] }] }
status: { podIP: 10.244.1.11 }
---
apiVersion: v1
kind: Pod
metadata: { name: web-2, labels: { app: web, tier: front } }
spec: { containers: [{ name: main, image: nginx, ports: [{ name: http, containerPort: 8080 }] }] }
status:
  podIP: 10.244.2.12
  conditions: [{ type: Ready, status: "False" }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  clusterIP: 10.96.0.80
  selector: { app: web }
  ports: [{ name: http, port: 80, targetPort: http }]
---
apiVersion: v1
kind: Pod
metadata: { name: client, labels: { app: client } }
spec:
  containers:
    - name: main
      image: busybox
      env: [{ name: MODE, value: test }]
status: { podIP: 10.244.2.20 }
`;
