import type { DirectionVerdict, Hop, Trace } from '../types';

/** How a hop turned out: a policy hop passes or blocks, the others carry the packet on. */
function decisionOf(hop: Hop): 'allowed' | 'denied' | 'pass' {
  if (hop.kind === 'network-policy') return hop.details.passes === false ? 'denied' : 'allowed';
  if (hop.kind === 'dns' && hop.details.rcode && hop.details.rcode !== 'NOERROR') return 'denied';
  return 'pass';
}

const ruleName = (r: { policy: string; ruleIndex: number }, direction: string) =>
  `spec.${direction.toLowerCase()}[${r.ruleIndex}] of ${r.policy}`;

/** The rules that decided a direction: those that allow it, or the one that came closest. */
function decidingRules(
  verdict: DirectionVerdict | undefined,
): Array<{ text: string; allows: boolean }> {
  if (!verdict || !verdict.isolated) return [];
  if (verdict.allowedBy.length > 0) {
    return verdict.allowedBy.map((r) => ({ text: ruleName(r, verdict.direction), allows: true }));
  }
  if (verdict.closest) {
    return [
      {
        text: `closest: ${ruleName(verdict.closest, verdict.direction)} — ${verdict.closest.detail}`,
        allows: false,
      },
    ];
  }
  return [
    {
      text: `isolated by ${verdict.isolatingPolicies.join(', ')}; no rule allows it`,
      allows: false,
    },
  ];
}

/** Every hop of the trace, left to right, with its decision, sentence and deciding rule. */
export function TraceView({ trace, question }: { trace: Trace; question: string }) {
  return (
    <section
      className="trace"
      data-testid="trace"
      aria-labelledby="trace-title"
      data-allowed={String(trace.allowed)}
    >
      <h3 id="trace-title">Packet path: {question}</h3>
      <p className={trace.allowed ? 'verdict allowed' : 'verdict denied'}>
        <strong>{trace.allowed ? '✓ allowed' : '✗ denied'}</strong> ({trace.verdict}).{' '}
        {trace.summary}
      </p>
      <ol className="hops">
        {trace.hops.map((hop, i) => {
          const decision = decisionOf(hop);
          const rules =
            hop.kind === 'network-policy'
              ? [...decidingRules(hop.details.egress), ...decidingRules(hop.details.ingress)]
              : [];
          return (
            <li
              key={i}
              data-testid="trace-hop"
              data-kind={hop.kind}
              data-decision={decision}
              className={`hop ${decision}`}
            >
              <div className="hop-kind">
                {i + 1}. {hop.kind}
                <span className={`badge ${decision}`}>
                  {decision === 'pass' ? '→' : decision === 'allowed' ? '✓' : '✗'} {decision}
                </span>
              </div>
              <p>{hop.summary}</p>
              {rules.map((rule, j) => (
                <mark
                  key={j}
                  data-testid="deciding-rule"
                  className={rule.allows ? 'rule allows' : 'rule blocks'}
                >
                  {rule.text}
                </mark>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
