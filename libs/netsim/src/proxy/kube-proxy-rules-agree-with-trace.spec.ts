/**
 * kube-proxy's decision and its rendered iptables rules, checked against each other the way
 * pkg/proxy/iptables/proxier_test.go runPacketFlowTests does: every scenario's packet is traced
 * through `sim.iptables(node)` and must reach exactly the endpoints (or REJECT/DROP) that
 * `sim.proxy` names, with the same masquerade verdict.
 */
import type { KubeObject, Pod, Service } from '@app/kube';
import { endpointSliceFor, nodeIP, pod, service, simulate } from '../simulation.fixtures';
import type { Simulation } from '../simulation';
import { tracePacket } from './iptables-tracer';
import type { ProxyQuery } from './select-backend';

const web = [
  pod('default', 'web-1', { ip: '10.244.1.10', node: 'node-1', labels: { app: 'web' } }),
  pod('default', 'web-2', { ip: '10.244.2.10', node: 'node-2', labels: { app: 'web' } }),
  pod('default', 'web-3', { ip: '10.244.2.11', node: 'node-2', labels: { app: 'web' } }),
];
const onlyNode2 = web.slice(1);
const client = pod('default', 'client', {
  ip: '10.244.1.50',
  node: 'node-1',
  labels: { app: 'client' },
});
const http = [{ name: 'http', protocol: 'TCP' as const, port: 80, targetPort: 8080 }];

function withSlice(svc: Service, pods: Pod[]): KubeObject[] {
  return [svc, endpointSliceFor(svc, pods)];
}

const objects: KubeObject[] = [
  ...web,
  client,
  ...withSlice(service('default', 'web', { clusterIP: '10.96.0.50', ports: http }), web),
  ...withSlice(
    service('default', 'web-np', {
      type: 'NodePort',
      clusterIP: '10.96.0.51',
      ports: [{ ...http[0], nodePort: 30080 }],
    }),
    web,
  ),
  ...withSlice(
    service('default', 'web-local', {
      type: 'NodePort',
      clusterIP: '10.96.0.52',
      externalTrafficPolicy: 'Local',
      ports: [{ ...http[0], nodePort: 30081 }],
    }),
    onlyNode2,
  ),
  ...withSlice(
    service(
      'default',
      'web-lb',
      {
        type: 'LoadBalancer',
        clusterIP: '10.96.0.53',
        externalTrafficPolicy: 'Local',
        ports: [{ ...http[0], nodePort: 30082 }],
      },
      ['203.0.113.10'],
    ),
    onlyNode2,
  ),
  ...withSlice(
    service('default', 'web-ext', {
      clusterIP: '10.96.0.54',
      externalIPs: ['192.0.2.50'],
      ports: http,
    }),
    web,
  ),
  ...withSlice(
    service('default', 'empty', {
      type: 'NodePort',
      clusterIP: '10.96.0.60',
      ports: [{ ...http[0], nodePort: 30090 }],
    }),
    [],
  ),
  ...withSlice(
    service('default', 'node-local', {
      clusterIP: '10.96.0.61',
      internalTrafficPolicy: 'Local',
      ports: http,
    }),
    onlyNode2,
  ),
  ...withSlice(
    service('default', 'sticky', {
      clusterIP: '10.96.0.62',
      sessionAffinity: 'ClientIP',
      ports: http,
    }),
    web.slice(0, 2),
  ),
  ...withSlice(service('default', 'draining', { clusterIP: '10.96.0.63', ports: http }), [
    pod('default', 'old', {
      ip: '10.244.2.30',
      node: 'node-2',
      labels: { app: 'old' },
      terminating: true,
    }),
  ]),
];

const sim = simulate(objects);
const fromClient: ProxyQuery['from'] = { pod: { namespace: 'default', name: 'client' } };
const outside = '198.51.100.7';

/** runPacketFlowTests: the rendered rules on the handling node must agree with sim.proxy. */
function expectRulesAgree(s: Simulation, query: ProxyQuery, sourceIP: string): void {
  const decision = s.proxy(query);
  const node = decision.node ?? 'node-1';
  const traced = tracePacket(s.iptables(node), {
    sourceIP,
    protocol: query.to.protocol ?? 'TCP',
    destIP: query.to.ip,
    destPort: query.to.port,
    nodeIP: nodeIP(node),
  });
  const expected =
    decision.action === 'DNAT'
      ? decision.candidates
          .map((c) => `${c.ip}:${c.port}`)
          .sort()
          .join(', ')
      : decision.action === 'NONE'
        ? ''
        : decision.action;
  expect({
    to: `${query.to.ip}:${query.to.port}`,
    output: traced.output.split(', ').sort().join(', '),
  }).toEqual({ to: `${query.to.ip}:${query.to.port}`, output: expected });
  // The tracer follows every probabilistic branch, so a hairpin branch's masquerade shows up too.
  if (decision.action === 'DNAT')
    expect(traced.masq).toBe(
      !decision.sourceIPPreserved || decision.candidates.some((c) => c.hairpin === true),
    );
}

describe('kube-proxy decisions (sim.proxy)', () => {
  it('spreads ClusterIP traffic over the ready endpoints with probabilities 1/3, 1/2, rest (iptables)', () => {
    const d = sim.proxy({ to: { ip: '10.96.0.50', port: 80 }, from: fromClient });
    expect(d).toMatchObject({
      matched: { service: 'default/web', portName: 'http', kind: 'ClusterIP' },
      action: 'DNAT',
      mode: 'iptables',
      sourceIPPreserved: true,
      node: 'node-1',
    });
    expect(
      d.candidates.map((c) => [c.pod, `${c.ip}:${c.port}`, c.node, c.ruleProbability]),
    ).toEqual([
      ['default/web-1', '10.244.1.10:8080', 'node-1', '0.3333333333'],
      ['default/web-2', '10.244.2.10:8080', 'node-2', '0.5000000000'],
      ['default/web-3', '10.244.2.11:8080', 'node-2', undefined],
    ]);
    expect(d.candidates.every((c) => Math.abs(c.probability - 1 / 3) < 1e-12)).toBe(true);
  });

  it('round-robins in ipvs mode over the same candidates', () => {
    const d = simulate(objects, { proxyMode: 'ipvs' }).proxy({
      to: { ip: '10.96.0.50', port: 80 },
      from: fromClient,
    });
    expect(d.mode).toBe('ipvs');
    expect(d.candidates.map((c) => c.ip)).toEqual(['10.244.1.10', '10.244.2.10', '10.244.2.11']);
    expect(d.candidates.some((c) => c.ruleProbability)).toBe(false);
    expect(d.explanation.join(' ')).toContain('round robin');
  });

  it('REJECTs a Service with no endpoints ("has no endpoints")', () => {
    const d = sim.proxy({ to: { ip: '10.96.0.60', port: 80 }, from: fromClient });
    expect(d.action).toBe('REJECT');
    expect(d.reason).toContain('default/empty:http has no endpoints');
  });

  it('DROPs internalTrafficPolicy Local traffic from a node without a local endpoint', () => {
    expect(sim.proxy({ to: { ip: '10.96.0.61', port: 80 }, from: fromClient }).action).toBe('DROP');
    const d = sim.proxy({
      to: { ip: '10.96.0.61', port: 80 },
      from: { pod: { namespace: 'default', name: 'web-2' } },
    });
    expect(d.candidates.map((c) => c.pod)).toEqual(['default/web-2', 'default/web-3']);
  });

  it('reaches a NodePort on any node, masquerading outside clients (externalTrafficPolicy Cluster)', () => {
    const d = sim.proxy({ to: { ip: nodeIP('node-1'), port: 30080 }, from: { ip: outside } });
    expect(d).toMatchObject({
      matched: { kind: 'NodePort', service: 'default/web-np' },
      action: 'DNAT',
      node: 'node-1',
      sourceIPPreserved: false,
    });
    expect(d.candidates).toHaveLength(3);
  });

  it('externalTrafficPolicy Local: outside traffic stays on the node that received it, client IP kept', () => {
    expect(
      sim.proxy({ to: { ip: nodeIP('node-1'), port: 30081 }, from: { ip: outside } }),
    ).toMatchObject({ action: 'DROP', node: 'node-1' });
    const d = sim.proxy({ to: { ip: nodeIP('node-2'), port: 30081 }, from: { ip: outside } });
    expect(d).toMatchObject({ action: 'DNAT', sourceIPPreserved: true });
    expect(d.candidates.map((c) => c.node)).toEqual(['node-2', 'node-2']);
  });

  it('externalTrafficPolicy Local does not limit Pods: they reach every endpoint through a NodePort', () => {
    const d = sim.proxy({ to: { ip: nodeIP('node-1'), port: 30081 }, from: fromClient });
    expect(d.action).toBe('DNAT');
    expect(d.candidates).toHaveLength(2);
  });

  it('sends LoadBalancer traffic with externalTrafficPolicy Local only to nodes with endpoints (health checks)', () => {
    const d = sim.proxy({ to: { ip: '203.0.113.10', port: 80 }, from: { ip: outside } });
    expect(d).toMatchObject({
      matched: { kind: 'LoadBalancer' },
      action: 'DNAT',
      sourceIPPreserved: true,
      node: undefined,
    });
    expect(d.explanation.join(' ')).toContain('healthCheckNodePort');
    expect(
      sim.proxy({ to: { ip: '203.0.113.10', port: 80 }, from: { ip: outside, node: 'node-1' } })
        .action,
    ).toBe('DROP');
  });

  it('routes external IPs through the Service, masqueraded under externalTrafficPolicy Cluster', () => {
    const d = sim.proxy({ to: { ip: '192.0.2.50', port: 80 }, from: fromClient });
    expect(d).toMatchObject({
      matched: { kind: 'ExternalIP', service: 'default/web-ext' },
      action: 'DNAT',
      sourceIPPreserved: false,
    });
  });

  it('reports ClientIP session affinity with its timeout (default 10800s)', () => {
    expect(
      sim.proxy({ to: { ip: '10.96.0.62', port: 80 }, from: fromClient }).sessionAffinity,
    ).toEqual({ type: 'ClientIP', timeoutSeconds: 10800 });
  });

  it('falls back to a terminating but serving endpoint when nothing is ready', () => {
    const d = sim.proxy({ to: { ip: '10.96.0.63', port: 80 }, from: fromClient });
    expect(d.action).toBe('DNAT');
    expect(d.candidates.map((c) => c.pod)).toEqual(['default/old']);
    expect(d.explanation.join(' ')).toContain('terminating');
  });

  it('does nothing (NONE) for addresses no Service owns', () => {
    expect(sim.proxy({ to: { ip: '10.244.2.10', port: 8080 }, from: fromClient })).toMatchObject({
      action: 'NONE',
      matched: null,
    });
    expect(sim.proxy({ to: { ip: '10.96.0.50', port: 81 }, from: fromClient }).action).toBe('NONE');
    expect(
      sim.proxy({ to: { ip: '10.96.0.50', port: 80, protocol: 'UDP' }, from: fromClient }).action,
    ).toBe('NONE');
  });

  it('cannot reach a ClusterIP from outside the cluster', () => {
    expect(sim.proxy({ to: { ip: '10.96.0.50', port: 80 }, from: { ip: outside } }).action).toBe(
      'NONE',
    );
  });

  it('masquerades ClusterIP traffic from a node (outside the pod CIDR)', () => {
    expect(
      sim.proxy({ to: { ip: '10.96.0.50', port: 80 }, from: { node: 'node-2' } }).sourceIPPreserved,
    ).toBe(false);
  });

  it('flags the hairpin candidate when a Pod may reach itself through its Service', () => {
    const d = sim.proxy({
      to: { ip: '10.96.0.50', port: 80 },
      from: { pod: { namespace: 'default', name: 'web-1' } },
    });
    expect(d.candidates.filter((c) => c.hairpin).map((c) => c.pod)).toEqual(['default/web-1']);
  });
});

describe('rendered iptables rules (sim.iptables)', () => {
  const rules = sim.iptables('node-1');

  it('writes upstream chain names and rule shapes for a ClusterIP Service', () => {
    expect(rules).toContain(
      '*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-NODEPORTS - [0:0]\n:KUBE-POSTROUTING - [0:0]\n:KUBE-MARK-MASQ - [0:0]',
    );
    expect(rules).toMatch(
      /-A KUBE-SERVICES -m comment --comment "default\/web:http cluster IP" -m tcp -p tcp -d 10\.96\.0\.50 --dport 80 -j KUBE-SVC-[A-Z2-7]{16}\n/,
    );
    expect(rules).toMatch(
      /-A KUBE-SVC-[A-Z2-7]{16} -m comment --comment "default\/web:http -> 10\.244\.1\.10:8080" -m statistic --mode random --probability 0\.3333333333 -j KUBE-SEP-/,
    );
    expect(rules).toMatch(
      /-A KUBE-SEP-[A-Z2-7]{16} -m comment --comment default\/web:http -m tcp -p tcp -j DNAT --to-destination 10\.244\.1\.10:8080/,
    );
    expect(rules).toContain('! -s 10.244.0.0/16 -j KUBE-MARK-MASQ');
    expect(rules.trimEnd().endsWith('COMMIT')).toBe(true);
  });

  it('writes filter REJECT rules for a Service without endpoints, for its ClusterIP and NodePort', () => {
    expect(rules).toContain(
      '-A KUBE-SERVICES -m comment --comment "default/empty:http has no endpoints" -m tcp -p tcp -d 10.96.0.60 --dport 80 -j REJECT',
    );
    expect(rules).toContain(
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "default/empty:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30090 -j REJECT',
    );
  });

  it('writes DROP rules for externalTrafficPolicy Local on a node without local endpoints', () => {
    expect(rules).toContain(
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "default/web-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30081 -j DROP',
    );
  });

  it('writes affinity "recent" rules for ClientIP Services', () => {
    expect(rules).toMatch(
      /-m recent --name KUBE-SEP-[A-Z2-7]{16} --rcheck --seconds 10800 --reap -j KUBE-SEP-/,
    );
  });

  it('notes that ipvs clusters show the iptables-mode rules', () => {
    expect(
      simulate(objects, { proxyMode: 'ipvs' })
        .iptables('node-1')
        .startsWith('# kube-proxy runs in ipvs mode'),
    ).toBe(true);
  });
});

describe('packet flow: the rendered rules agree with sim.proxy (runPacketFlowTests)', () => {
  const cases: Array<[string, ProxyQuery, string]> = [
    [
      'pod to ClusterIP hits all endpoints',
      { to: { ip: '10.96.0.50', port: 80 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'node to ClusterIP is masqueraded',
      { to: { ip: '10.96.0.50', port: 80 }, from: { node: 'node-1' } },
      nodeIP('node-1'),
    ],
    [
      'pod to a Service without endpoints is rejected',
      { to: { ip: '10.96.0.60', port: 80 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'outside client to a NodePort without endpoints is rejected',
      { to: { ip: nodeIP('node-1'), port: 30090 }, from: { ip: outside } },
      outside,
    ],
    [
      'internalTrafficPolicy Local without local endpoints drops',
      { to: { ip: '10.96.0.61', port: 80 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'internalTrafficPolicy Local with local endpoints',
      {
        to: { ip: '10.96.0.61', port: 80 },
        from: { pod: { namespace: 'default', name: 'web-3' } },
      },
      '10.244.2.11',
    ],
    [
      'outside client to NodePort, Cluster policy, masqueraded',
      { to: { ip: nodeIP('node-1'), port: 30080 }, from: { ip: outside } },
      outside,
    ],
    [
      'outside client to NodePort, Local policy, no local endpoint',
      { to: { ip: nodeIP('node-1'), port: 30081 }, from: { ip: outside } },
      outside,
    ],
    [
      'outside client to NodePort, Local policy, local endpoints',
      { to: { ip: nodeIP('node-2'), port: 30081 }, from: { ip: outside } },
      outside,
    ],
    [
      'pod to NodePort with Local policy short-circuits',
      { to: { ip: nodeIP('node-1'), port: 30081 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'node to its own NodePort with Local policy',
      { to: { ip: nodeIP('node-1'), port: 30081 }, from: { node: 'node-1' } },
      nodeIP('node-1'),
    ],
    [
      'outside client to LB IP arriving at a node without endpoints',
      { to: { ip: '203.0.113.10', port: 80 }, from: { ip: outside, node: 'node-1' } },
      outside,
    ],
    [
      'outside client to LB IP arriving at node-2',
      { to: { ip: '203.0.113.10', port: 80 }, from: { ip: outside, node: 'node-2' } },
      outside,
    ],
    ['pod to external IP', { to: { ip: '192.0.2.50', port: 80 }, from: fromClient }, '10.244.1.50'],
    [
      'pod to a sticky Service',
      { to: { ip: '10.96.0.62', port: 80 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'pod to a Service whose only endpoint is terminating',
      { to: { ip: '10.96.0.63', port: 80 }, from: fromClient },
      '10.244.1.50',
    ],
    [
      'pod to a port the ClusterIP does not serve',
      { to: { ip: '10.96.0.50', port: 443 }, from: fromClient },
      '10.244.1.50',
    ],
  ];
  it.each(cases)('%s', (_name, query, sourceIP) => expectRulesAgree(sim, query, sourceIP));
});
