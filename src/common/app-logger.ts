import { ConsoleLogger, LogLevel } from '@nestjs/common';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type AppLogLevel = (typeof LOG_LEVELS)[number];

// Nest's own start-up chatter: module wiring, every route mapped, gateway subscriptions.
const FRAMEWORK_BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'NestApplication']);

/** The levels shown at `level` and above it in severity. */
export function logLevelsFrom(level: AppLogLevel): LogLevel[] {
  const shown: LogLevel[] = ['fatal', ...LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1)];
  return shown;
}

/**
 * Nest's console logger with the framework's start-up lines demoted to debug, so a start shows only
 * what an operator needs (addresses, database, seed, set-up link); LOG_LEVEL=debug shows them all.
 */
export class AppLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK_BOOT_CONTEXTS.has(context)) {
      this.debug(message, context);
      return;
    }
    super.log(message, context);
  }
}
