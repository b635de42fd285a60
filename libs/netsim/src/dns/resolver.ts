/**
 * A DNS lookup as a program in a Pod makes it: resolv.conf from the kubelet, the glibc search walk
 * (resolv/res_query.c res_nsearch), each name asked of the first nameserver — the cluster's CoreDNS
 * when it is the kube-dns Service, otherwise a resolver outside the sandbox that knows no names.
 */
import { modelOf } from '../model/cluster-model';
import { notFound } from '@app/kube';
import { ClusterIndex, serviceClusterIPs } from '../cluster-index';
import { serveQuery, type ServerReply } from './coredns';
import { clusterDnsIP, ndotsOf, podResolvConf, searchSteps } from './search-path';
import type { DnsAnswer, DnsQuery, DnsRecordType } from './types';

/**
 * Resolves `query.name` (type A unless given).
 * - Without `from`: the name is taken as fully qualified and asked of the cluster DNS directly;
 *   `tried` has exactly that name.
 * - With `from`: the Pod's resolv.conf applies (see podResolvConf); names are expanded as glibc
 *   does (see searchSteps), the walk stops at the first non-empty answer and goes on after NXDOMAIN,
 *   NODATA and SERVFAIL. When every name fails the rcode is glibc's: the as-is query's when it was
 *   tried first, else NODATA (NOERROR, empty) if any name existed, else SERVFAIL if any failed,
 *   else the last query's.
 * - A nameserver that is not the kube-dns Service (dnsPolicy Default's node resolver, or one from
 *   dnsConfig) answers NXDOMAIN to everything: the sandbox has no upstream DNS.
 * - kube-dns without ready endpoints: every query fails with SERVFAIL (kube-proxy rejects it).
 * Throws NotFound when the `from` Pod does not exist.
 */
export function resolveDns(index: ClusterIndex, query: DnsQuery): DnsAnswer {
  const type: DnsRecordType = query.type ?? 'A';
  const name = query.name.trim().toLowerCase();
  if (!query.from) {
    const fq = name.replace(/\.$/, '');
    const reply = serveQuery(index, fq, type);
    return {
      rcode: reply.rcode,
      answers: reply.answers,
      additional: reply.additional,
      tried: [fq],
      nameserver: clusterDnsIP(index),
      explanation: [
        `Asked the cluster DNS (CoreDNS) for ${fq}. (${type}) directly, with no search list.`,
        ...reply.explanation,
        summary(reply),
      ],
    };
  }

  const { namespace, name: podName } = query.from;
  const pod = index.pod(namespace, podName);
  if (!pod) throw notFound('pods', podName);
  const conf = podResolvConf(index, pod);
  const ndots = ndotsOf(conf.options);
  const policy = pod.spec.dnsPolicy ?? 'ClusterFirst';
  const explanation: string[] = [
    `Pod ${namespace}/${podName} has dnsPolicy ${policy}${pod.spec.hostNetwork ? ' and hostNetwork' : ''}: ` +
      (conf.source === 'cluster'
        ? 'the kubelet points its resolv.conf at the cluster DNS.'
        : conf.source === 'host'
          ? "it inherits the node's resolv.conf, which knows nothing about the cluster domain."
          : 'its resolv.conf holds only what spec.dnsConfig lists.'),
    `resolv.conf: nameserver ${conf.nameservers.join(', ') || '(none)'}; search ${conf.searches.join(' ') || '(none)'}; options ${conf.options.join(' ') || '(none)'}.`,
  ];
  const steps = searchSteps(name, conf.searches, ndots);
  if (name.endsWith('.'))
    explanation.push(`"${name}" ends with a dot, so it is absolute: no search domain is appended.`);
  else {
    const dots = (name.match(/\./g) ?? []).length;
    explanation.push(
      dots >= ndots
        ? `"${name}" has ${dots} dot(s), at least ndots:${ndots}, so it is tried as-is first, then with each search domain.`
        : `"${name}" has ${dots} dot(s), fewer than ndots:${ndots}, so each search domain is tried first, then the name as-is.`,
    );
  }

  const nameserver = conf.nameservers[0];
  const ask = askOf(index, nameserver);
  const tried: string[] = [];
  let asIsFirst: ServerReply | undefined;
  let gotNodata = false;
  let gotServfail = false;
  let last: ServerReply | undefined;
  for (const [i, step] of steps.entries()) {
    const reply = ask(step.name, type);
    tried.push(step.name);
    last = reply;
    if (reply.rcode === 'NOERROR' && reply.answers.length) {
      explanation.push(
        `${step.name} → NOERROR with ${reply.answers.length} answer(s): the search stops here.`,
        ...reply.explanation,
      );
      return {
        rcode: 'NOERROR',
        answers: reply.answers,
        additional: reply.additional,
        tried,
        nameserver,
        searchPath: conf.searches,
        explanation,
      };
    }
    explanation.push(
      `${step.name} → ${reply.rcode === 'NOERROR' ? 'NODATA (no records of that type)' : reply.rcode}; the resolver tries the next name.`,
    );
    if (i === 0 && step.via === 'as-is' && steps.length > 1) asIsFirst = reply;
    else if (step.via === 'search' && reply.rcode === 'NOERROR') gotNodata = true;
    else if (step.via === 'search' && reply.rcode === 'SERVFAIL') gotServfail = true;
  }
  const final =
    asIsFirst ?? (gotNodata ? nodata() : gotServfail ? servfail() : (last ?? servfail()));
  explanation.push(
    ...(last?.explanation ?? []),
    `Every name failed; the lookup ends with ${final.rcode === 'NOERROR' ? 'NOERROR and no answer (NODATA)' : final.rcode}.`,
  );
  return {
    rcode: final.rcode,
    answers: [],
    additional: [],
    tried,
    nameserver,
    searchPath: conf.searches,
    explanation,
  };
}

/** Which server answers queries sent to this nameserver. */
function askOf(
  index: ClusterIndex,
  nameserver: string | undefined,
): (name: string, type: DnsRecordType) => ServerReply {
  if (!nameserver) {
    return () => ({
      ...servfail(),
      explanation: [
        'resolv.conf lists no nameserver: glibc asks 127.0.0.1, where nothing listens in a Pod (SERVFAIL).',
      ],
    });
  }
  const dns = index.service('kube-system', 'kube-dns');
  if (dns && serviceClusterIPs(dns).includes(nameserver)) {
    const ready = modelOf(index).endpoints.hasReadyEndpoint('kube-system', 'kube-dns');
    if (!ready) {
      return () => ({
        ...servfail(),
        explanation: [
          `The kube-dns Service (${nameserver}) has no ready endpoints: kube-proxy rejects the query and no CoreDNS answers (SERVFAIL).`,
        ],
      });
    }
    return (name, type) => serveQuery(index, name, type);
  }
  return (name) => ({
    rcode: 'NXDOMAIN',
    answers: [],
    additional: [],
    explanation: [
      `${nameserver} is not the cluster DNS; it has no records for ${name}, and the sandbox has no upstream DNS behind it (NXDOMAIN).`,
    ],
  });
}

const nodata = (): ServerReply => ({
  rcode: 'NOERROR',
  answers: [],
  additional: [],
  explanation: [],
});
const servfail = (): ServerReply => ({
  rcode: 'SERVFAIL',
  answers: [],
  additional: [],
  explanation: [],
});

function summary(reply: ServerReply): string {
  if (reply.rcode === 'NOERROR')
    return reply.answers.length
      ? `Answer: ${reply.answers.map((a) => `${a.type} ${a.data}`).join(', ')}.`
      : 'Answer: NOERROR with no records (NODATA).';
  return `Answer: ${reply.rcode}.`;
}
