import { KubeErrorCode } from '@app/kube';
import { httpStatusOf } from './error-codes';
import { toKubeError } from './to-kube-error';

/** Database timeouts reach clients as a 504 "try again", never the generic 500. */
describe('toKubeError for database failures', () => {
  // The shape Prisma 7's pg adapter throws for a raw query the server cancelled.
  const prismaRawError = (sqlState: string) =>
    Object.assign(new Error('Raw query failed.'), {
      code: 'P2010',
      meta: {
        driverAdapterError: {
          name: 'DriverAdapterError',
          cause: { originalCode: sqlState, kind: 'postgres', code: sqlState },
        },
      },
    });

  it.each([
    ['57014', /statement_timeout/],
    ['55P03', /lock_timeout/],
    ['25P03', /idle_in_transaction_session_timeout/],
  ])('SQLSTATE %s is a Timeout naming the limit', (sqlState, reason) => {
    const error = toKubeError(prismaRawError(sqlState));
    expect(error?.code).toBe(KubeErrorCode.Timeout);
    expect(error?.message).toMatch(reason);
    expect(error?.message).toMatch(/please try again$/);
    expect(httpStatusOf(error!.code)).toBe(504);
  });

  it('an expired Prisma transaction is a Timeout; a closed connection means the database is away (503)', () => {
    expect(toKubeError(Object.assign(new Error('expired'), { code: 'P2028' }))?.code).toBe(
      KubeErrorCode.Timeout,
    );
    expect(
      toKubeError(new Error('Client has encountered a connection error and is not queryable'))
        ?.code,
    ).toBe(KubeErrorCode.ServiceUnavailable);
  });

  it('other database errors stay real faults (undefined: logged, 500)', () => {
    expect(toKubeError(prismaRawError('23505'))).toBeUndefined();
    expect(toKubeError(new Error('boom'))).toBeUndefined();
  });
});
