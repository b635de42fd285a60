/**
 * Follows one packet through rendered kube-proxy rules, like kubernetes
 * pkg/proxy/iptables/proxier_test.go tracePacket/runPacketFlowTests: nat KUBE-SERVICES first
 * (probabilistic jumps are followed and the walk goes on, so every possible DNAT target is
 * collected), then the filter chains KUBE-SERVICES, KUBE-EXTERNAL-SERVICES and
 * KUBE-PROXY-FIREWALL against the (possibly DNATed) destination. Used by tests to prove that the
 * rendered rules and `decideProxy` agree.
 */
import { cidrContains, parseCIDR, parseIPv4 } from '@app/kube';

export interface TracedPacket {
  sourceIP: string;
  protocol: string;
  destIP: string;
  destPort: number;
  /** The address `-m addrtype --src-type/--dst-type LOCAL` treats as local. */
  nodeIP: string;
}

export interface TraceResult {
  /** "ip:port" DNAT targets, or REJECT / DROP / ACCEPT, joined with ", " ('' when nothing matched). */
  output: string;
  /** Whether any matched rule jumped to KUBE-MARK-MASQ. */
  masq: boolean;
  /** "table/chain: rule" lines that matched, in order. */
  matched: string[];
}

type Tables = Map<string, Map<string, string[][]>>;

/** Parses iptables-restore text into table → chain → tokenized rules (quotes honoured). */
export function parseIptables(text: string): Tables {
  const tables: Tables = new Map();
  let table: Map<string, string[][]> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('*')) {
      table = new Map();
      tables.set(line.slice(1), table);
    } else if (line.startsWith(':') && table) {
      table.set(line.slice(1).split(' ')[0], []);
    } else if (line.startsWith('-A ') && table) {
      const tokens = tokenize(line);
      const chain = tokens[1];
      if (!table.has(chain)) table.set(chain, []);
      table.get(chain)?.push(tokens.slice(2));
    }
  }
  return tables;
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) tokens.push(m[1] ?? m[2]);
  return tokens;
}

/** Traces `packet` through `rules` (the output of renderIptables). */
export function tracePacket(rules: string, packet: TracedPacket): TraceResult {
  const tables = parseIptables(rules);
  const outputs: string[] = [];
  const matched: string[] = [];
  let masq = false;
  let dest = packet.destIP;

  const run = (tableName: string, chain: string, depth = 0): boolean => {
    const rulesOf = tables.get(tableName)?.get(chain) ?? [];
    if (depth > 20) return false;
    for (const rule of rulesOf) {
      const verdict = evaluate(rule, { ...packet, destIP: dest });
      if (!verdict.matches) continue;
      matched.push(`${tableName}/${chain}: ${rule.join(' ')}`);
      const target = verdict.jump;
      if (!target) continue;
      if (target === 'KUBE-MARK-MASQ') {
        masq = true;
        continue;
      }
      if (target === 'ACCEPT' || target === 'REJECT' || target === 'DROP') {
        outputs.push(target);
        return true;
      }
      if (target === 'DNAT') {
        outputs.push(verdict.toDestination ?? '?');
        return true;
      }
      if (target === 'RETURN') return false;
      const terminated = run(tableName, target, depth + 1);
      if (terminated && !verdict.probabilistic) return true;
    }
    return false;
  };

  run('nat', 'KUBE-SERVICES');
  if (outputs.length) dest = outputs[0].split(':')[0];
  for (const chain of ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-PROXY-FIREWALL'])
    run('filter', chain);
  return { output: outputs.join(', '), masq, matched };
}

interface Verdict {
  matches: boolean;
  probabilistic: boolean;
  jump?: string;
  toDestination?: string;
}

function evaluate(rule: string[], p: TracedPacket): Verdict {
  let matches = true;
  let probabilistic = false;
  let negate = false;
  let jump: string | undefined;
  let toDestination: string | undefined;
  const check = (ok: boolean): void => {
    if (negate ? ok : !ok) matches = false;
    negate = false;
  };
  for (let i = 0; i < rule.length; i++) {
    const t = rule[i];
    const arg = rule[i + 1];
    switch (t) {
      case '!':
        negate = true;
        break;
      case '-m':
        i++;
        break;
      case '--comment':
      case '--name':
      case '--mode':
      case '--seconds':
      case '--mark':
      case '--ctstate':
        i++;
        negate = false;
        break;
      case '--probability':
        probabilistic = true;
        i++;
        break;
      case '--rcheck':
        // No earlier connection exists in a trace, so affinity checks never match.
        matches = false;
        break;
      case '-p':
        check(arg === p.protocol.toLowerCase());
        i++;
        break;
      case '-d':
        check(addressMatches(arg, p.destIP));
        i++;
        break;
      case '-s':
        check(addressMatches(arg, p.sourceIP));
        i++;
        break;
      case '--dport':
        check(Number(arg) === p.destPort);
        i++;
        break;
      case '--src-type':
        check(arg === 'LOCAL' && p.sourceIP === p.nodeIP);
        i++;
        break;
      case '--dst-type':
        check(arg === 'LOCAL' && p.destIP === p.nodeIP);
        i++;
        break;
      case '-j':
        jump = arg;
        i++;
        break;
      case '--to-destination':
        toDestination = arg;
        i++;
        break;
      default:
        break;
    }
  }
  return { matches, probabilistic, jump, toDestination };
}

function addressMatches(spec: string, ip: string): boolean {
  const n = parseIPv4(ip);
  if (n === undefined) return false;
  const cidr = parseCIDR(spec.includes('/') ? spec : `${spec}/32`);
  return cidr !== undefined && cidrContains(cidr, n);
}
