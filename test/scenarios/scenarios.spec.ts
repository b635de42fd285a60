/**
 * Every scenario under test/fixtures/scenarios: its story's reachability answers, and kube-proxy's
 * decision agreeing with the rendered iptables rules for every packet the cluster can receive.
 */
import {
  buildScenario,
  loadScenarios,
  packetProbes,
  rulesAndDecision,
  toRequest,
} from './scenario';

const scenarios = loadScenarios();

it('finds the scenario fixtures', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(5);
});

describe.each(scenarios.map((s) => [s.file, s] as const))('%s', (_file, scenario) => {
  const sim = buildScenario(scenario);

  it.each(scenario.expect.map((e, i) => [i, e] as const))(
    'expectation %i of the story',
    (_i, e) => {
      const answer = sim.reachability(toRequest(e));
      expect({ verdict: answer.verdict, summary: answer.summary }).toEqual({
        verdict: e.verdict,
        summary: e.says ? expect.stringContaining(e.says) : expect.any(String),
      });
    },
  );

  it('kube-proxy decisions agree with the rendered iptables rules for every packet', () => {
    const probes = packetProbes(sim);
    expect(probes.length).toBeGreaterThan(0);
    const disagreements = probes
      .map((p) => ({ packet: p.label, ...rulesAndDecision(sim, p) }))
      .filter((r) => r.rules !== r.decision);
    expect(disagreements).toEqual([]);
  });
});
