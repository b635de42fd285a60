import { runServiceCheck } from './service-check';
import { check, cluster } from './test-support/cluster';
import type { ServiceCheck } from '../spec/exercise-spec';

const sim = cluster(String.raw`
apiVersion: v1
kind: Service
metadata: { name: shop }
spec:
  type: NodePort
  selector: { app: shop }
  ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30080 }, { name: dns, port: 53, protocol: UDP }]
`);
const service = (expect: object) =>
  runServiceCheck(sim, check<ServiceCheck>({ kind: 'service', service: 'default/shop', expect }));

describe('service check', () => {
  it('compares type and the listed ports (by port and protocol)', () => {
    const out = service({
      type: 'NodePort',
      ports: [
        { port: 80, targetPort: 8080, nodePort: 30080, name: 'http' },
        { port: 53, protocol: 'UDP', targetPort: 53 },
      ],
    });
    expect(out.passed).toBe(true);
    expect(out.observed).toMatchObject({
      type: 'NodePort',
      ports: [
        { port: 80, nodePort: 30080 },
        { port: 53, protocol: 'UDP' },
      ],
    });
  });

  it('names every difference', () => {
    const out = service({
      type: 'LoadBalancer',
      ports: [{ port: 80, nodePort: 30081 }, { port: 53 }],
    });
    expect(out.passed).toBe(false);
    expect(out.explanation).toContain('Expected type LoadBalancer, got NodePort');
    expect(out.explanation).toContain('port 80/TCP has nodePort 30080, not 30081');
    expect(out.explanation).toContain('no port 53/TCP');
  });
});
