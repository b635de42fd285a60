/**
 * Dependency rules of STYLE.md, checked by dependency-cruiser (`npm run lint:deps`):
 * apps → libs only through index.ts; grading → netsim → kube; store → kube; pure libs do no I/O.
 */
const PURE = '^libs/(kube|netsim|grading)/';
module.exports = {
  forbidden: [
    {
      name: 'no-lib-to-nest',
      severity: 'error',
      comment: 'kube, netsim and grading are plain TypeScript.',
      from: { path: PURE },
      to: { path: '@nestjs' },
    },
    {
      name: 'no-lib-to-prisma',
      severity: 'error',
      comment: 'Only libs/store talks to Prisma.',
      from: { path: '^(libs/(kube|netsim|grading)|apps)/' },
      to: { path: '(@prisma|libs/store/src/generated)' },
    },
    {
      name: 'no-lib-to-node-io',
      severity: 'error',
      comment: 'Pure libs take time, randomness and data as parameters.',
      from: { path: PURE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-netsim-to-store',
      severity: 'error',
      from: { path: '^libs/(netsim|kube|grading)/' },
      to: { path: '^libs/store/' },
    },
    {
      name: 'no-kube-to-other-libs',
      severity: 'error',
      from: { path: '^libs/kube/' },
      to: { path: '^libs/(netsim|store|grading|[^/]+)/', pathNot: '^libs/kube/' },
    },
    {
      name: 'no-netsim-to-grading',
      severity: 'error',
      from: { path: '^libs/netsim/' },
      to: { path: '^libs/grading/' },
    },
    {
      name: 'no-libs-to-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-deep-lib-imports',
      severity: 'error',
      comment: 'Other code reaches a lib only through its src/index.ts.',
      from: { path: '^(apps|libs/([^/]+))/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: ['^libs/$2/'] },
    },
    {
      name: 'no-cross-feature-imports',
      severity: 'error',
      comment:
        'A feature folder of apps/api reaches another only through its module or an exported ' +
        'service; common/, clusters/ (snapshot and write access) and the infrastructure folders ' +
        '(config/, database/, tls/) are shared.',
      from: { path: '^apps/api/src/([^/]+)/' },
      to: {
        path: '^apps/api/src/[^/]+/',
        pathNot: [
          '^apps/api/src/$1/',
          '^apps/api/src/(common|clusters|config|database|tls)/',
          '^apps/api/src/[^/]+/[^/]+\\.(service|module)\\.ts$',
        ],
      },
    },
    {
      name: 'no-resolver-to-resolver',
      severity: 'error',
      comment: 'Shared GraphQL shapes live in models/, not in another resolver.',
      from: { path: '\\.resolver\\.ts$' },
      to: { path: '\\.resolver\\.ts$' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|libs/store/src/generated)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
