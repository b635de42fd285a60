import { KubeErrorCode } from '@app/kube';
import { fieldManagerOf, writeOptionsOf } from './write-options';

describe('write options, read as the API server reads Create/Update/Patch/DeleteOptions', () => {
  it('defaults: Warn, no dry run, no force, the User-Agent names the field manager', () => {
    expect(
      writeOptionsOf('CreateOptions', { userAgent: 'kubectl.1.32/v1.32.5 (linux/amd64)' }),
    ).toEqual({
      dryRun: false,
      fieldManager: 'kubectl.1.32',
      fieldValidation: 'Warn',
      force: false,
    });
    expect(fieldManagerOf('lab', 'curl/8')).toBe('lab');
    expect(fieldManagerOf(['first', 'second'], undefined)).toBe('first');
    expect(fieldManagerOf(undefined, undefined)).toBe('unknown');
  });

  it('reads each mode, dryRun=All (also repeated) and force', () => {
    for (const mode of ['Ignore', 'Warn', 'Strict'] as const) {
      expect(writeOptionsOf('PatchOptions', { fieldValidation: mode }).fieldValidation).toBe(mode);
    }
    expect(writeOptionsOf('PatchOptions', { fieldValidation: '' }).fieldValidation).toBe('Warn');
    expect(writeOptionsOf('PatchOptions', { dryRun: ['All', 'All'], force: 'true' })).toMatchObject(
      {
        dryRun: true,
        force: true,
      },
    );
  });

  it('refuses an unknown fieldValidation with the 422 the API server gives, naming the options kind', () => {
    expect(() => writeOptionsOf('UpdateOptions', { fieldValidation: 'strict' })).toThrow(
      'UpdateOptions.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "strict": supported values: "", "Ignore", "Strict", "Warn"',
    );
    let thrown: unknown;
    try {
      writeOptionsOf('CreateOptions', { fieldValidation: 'Loose' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: KubeErrorCode.Invalid,
      causes: [
        expect.objectContaining({ field: 'fieldValidation', reason: 'FieldValueNotSupported' }),
      ],
    });
  });

  it('refuses a dryRun other than All, as Go prints the []string', () => {
    expect(() => writeOptionsOf('DeleteOptions', { dryRun: ['All', 'Server'] })).toThrow(
      'DeleteOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"All", "Server"}: supported values: "All"',
    );
    // DeleteOptions have no fieldValidation to get wrong.
    expect(writeOptionsOf('DeleteOptions', { fieldValidation: 'whatever' }).dryRun).toBe(false);
  });
});
