import { AppLogger, logLevelsFrom } from './app-logger';

describe('logLevelsFrom', () => {
  it.each([
    ['error', ['fatal', 'error']],
    ['log', ['fatal', 'error', 'warn', 'log']],
    ['debug', ['fatal', 'error', 'warn', 'log', 'debug']],
  ] as const)('at %s shows %j', (level, shown) => {
    expect(logLevelsFrom(level)).toEqual(shown);
  });
});

describe('AppLogger', () => {
  const printed = (level: 'log' | 'debug', write: (logger: AppLogger) => void): string => {
    const logger = new AppLogger({ logLevels: logLevelsFrom(level), colors: false });
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true));
    try {
      write(logger);
    } finally {
      spy.mockRestore();
    }
    return chunks.join('');
  };

  it("leaves Nest's route mapping out at the default level", () => {
    expect(printed('log', (logger) => logger.log('Mapped {/api/health, GET} route', 'RouterExplorer'))).toBe('');
  });

  it('shows the route mapping at debug', () => {
    expect(printed('debug', (logger) => logger.log('Mapped {/api/health, GET} route', 'RouterExplorer'))).toContain('Mapped {/api/health, GET} route');
  });

  it("keeps the application's own lines at the default level", () => {
    expect(printed('log', (logger) => logger.log('Listening on http://localhost:3000', 'Rostrum'))).toContain('Listening on http://localhost:3000');
  });
});
