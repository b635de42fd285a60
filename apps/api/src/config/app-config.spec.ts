import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.maxObjectsPerCluster).toBe(10_000);
  });

  it('lists every bad value with its name and what is expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'http', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('PORT="http": must be a whole number from 0 to 65535');
    expect(problems.join('\n')).toContain(
      'LOG_LEVEL="loud": must be one of debug, info, warn, error',
    );
  });

  it('has class-sized fair-sharing defaults, 0 turns a limit off, and checks CORS origins', () => {
    expect(loadConfig({}).limits).toEqual({
      requestsPerMinute: 1200,
      watchesPerKey: 20,
      heavyRequestsPerKey: 4,
      authFailuresPerAddress: 30,
      authFailureWindowSeconds: 300,
    });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).limits.requestsPerMinute).toBe(0);
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://lab.example.com, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://lab.example.com', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(
      'CORS_ORIGINS: "*" must be an origin like https://lab.example.com (scheme and host, no path)',
    );
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(ConfigError);
  });
});
