// ESLint flat config (run as `eslint --config test/arch/eslint.config.mjs`). The dependency rules
// of STYLE.md are enforced twice: here per import, and by dependency-cruiser over the whole graph.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE_LIBS = ['libs/kube/src/**/*.ts', 'libs/netsim/src/**/*.ts', 'libs/grading/src/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'libs/store/src/generated/**',
      'scripts/*.cjs',
      'scripts/*.mjs',
      'test/arch/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'Focused tests silence the rest of the suite.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/libs/*/src/**', '@app/*/**'],
              message:
                'Import a lib through its index: @app/kube, @app/netsim, @app/store, @app/grading.',
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE_LIBS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'net', 'http', 'https', 'child_process', 'crypto', 'os', 'path'].map(
            (name) => ({
              name,
              message: 'Pure libs do no I/O: take what you need as parameters.',
            }),
          ),
          patterns: [
            { group: ['@nestjs/*'], message: 'Pure libs do not import Nest.' },
            {
              group: ['@prisma/*', '**/generated/prisma/**'],
              message: 'Only libs/store imports Prisma.',
            },
            {
              group: ['node:*'],
              message: 'Pure libs do no I/O: take what you need as parameters.',
            },
            { group: ['@app/store'], message: 'Pure libs never depend on the store.' },
            {
              group: ['**/libs/*/src/**', '@app/*/**'],
              message: 'Import a lib through its index.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in through the Clock port.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Randomness comes in through the RandomSource port.',
        },
        {
          object: 'process',
          property: 'env',
          message: 'Pure libs take configuration as parameters.',
        },
      ],
    },
  },
  {
    // One endpoint view (libs/netsim/src/model/endpoint-view.ts) reads EndpointSlice conditions;
    // everyone else asks it, so kube-proxy, CoreDNS, the trace and grading cannot disagree on
    // "ready". The controllers that write slices (and derive Endpoints from them) are the exception.
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.fixtures.ts',
      '**/test-support/**',
      'libs/netsim/src/model/endpoint-view.ts',
      'libs/netsim/src/controllers/endpoint-slice-controller.ts',
      'libs/netsim/src/controllers/endpoints-controller.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'Focused tests silence the rest of the suite.',
        },
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.property.name='conditions'][property.name=/^(ready|serving|terminating)$/]",
          message:
            'Read endpoint conditions through the endpoint view (ClusterModel.endpoints, Simulation.serviceEndpoints).',
        },
        {
          selector:
            "MemberExpression[object.type='TSNonNullExpression'][object.expression.property.name='conditions'][property.name=/^(ready|serving|terminating)$/]",
          message:
            'Read endpoint conditions through the endpoint view (ClusterModel.endpoints, Simulation.serviceEndpoints).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
