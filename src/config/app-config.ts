import { z } from 'zod';
import { LOG_LEVELS, type AppLogLevel } from '../common/app-logger';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z
    .string()
    .min(1)
    .refine((path) => !path.endsWith('/'), 'must be a file path, not a folder')
    .default('data/rostrum.sqlite'),
  ADMIN_USERNAME: z.string().min(3).max(64).optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').max(256).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
  CORS_ORIGINS: z.string().default(''),
  SEED_BMS7: booleanFlag.default(true),
  DATABASE_URL: z
    .string()
    .refine((url) => /^postgres(ql)?:\/\/./.test(url), 'must be a postgres:// or postgresql:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .refine((url) => /^rediss?:\/\/./.test(url), 'must be a redis:// or rediss:// URL')
    .optional(),
  // Express's "trust proxy": which proxies' X-Forwarded-For to believe (hop count, "loopback", addresses).
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('log'),
  // The calendar's ORGANIZER: "Name <address>" or an address; unset, the file names none and no METHOD.
  CALENDAR_ORGANIZER: z
    .string()
    .regex(/^(?:[^<>]+ <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be "Name <address@example.org>" or an address')
    .optional(),
  // Live connections: what one socket, or one address, may hold or send.
  LIVE_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(1000),
  LIVE_MAX_BUFFERED_BYTES: z.coerce.number().int().min(64 * 1024).default(2 * 1024 * 1024),
  LIVE_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024).default(16 * 1024),
  LIVE_EVENTS_PER_SECOND: z.coerce.number().int().min(1).default(20),
  LIVE_JOINS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

export type AppConfig = {
  port: number;
  host: string;
  databasePath: string;
  dataDirectory: string;
  adminUsername: string | undefined;
  adminPassword: string | undefined;
  jwtSecret: string | undefined;
  tokenTtlSeconds: number;
  corsOrigins: string[];
  seedBms7: boolean;
  /** PostgreSQL instead of the sqlite file when set. */
  databaseUrl: string | undefined;
  /** Shared Socket.IO rooms and rate-limit counters when set; in memory otherwise. */
  redisUrl: string | undefined;
  trustProxy: boolean | number | string;
  /** `debug` adds Nest's start-up lines (every route mapped) and more. */
  logLevel: AppLogLevel;
  /** The conference secretariat, as the calendar's ORGANIZER: "Name <address>" or an address. */
  calendarOrganizer: string | undefined;
  live: LiveLimits;
};

export interface LiveLimits {
  connectionsPerAddress: number;
  /** Past this much waiting to be sent (a client that does not read), the socket is disconnected. */
  maxBufferedBytes: number;
  maxMessageBytes: number;
  eventsPerSecond: number;
  joinsPerMinute: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The only reader of process.env: fails listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === '' ? undefined : value]),
  );
  const parsed = configSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  if ((values.ADMIN_USERNAME === undefined) !== (values.ADMIN_PASSWORD === undefined)) {
    throw new Error('Invalid environment configuration:\n  ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }
  // REDIS_URL means several instances: a secret generated on each machine would make every
  // token valid on one instance only.
  if (values.REDIS_URL !== undefined && values.JWT_SECRET === undefined) {
    throw new Error('Invalid environment configuration:\n  JWT_SECRET: must be set with REDIS_URL, the same on every instance');
  }
  const databasePath = values.DATABASE_PATH;
  return {
    port: values.PORT,
    host: values.HOST,
    databasePath,
    dataDirectory: databasePath.includes('/') ? databasePath.slice(0, databasePath.lastIndexOf('/')) || '/' : '.',
    adminUsername: values.ADMIN_USERNAME,
    adminPassword: values.ADMIN_PASSWORD,
    jwtSecret: values.JWT_SECRET,
    tokenTtlSeconds: values.TOKEN_TTL_SECONDS,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    seedBms7: values.SEED_BMS7,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    logLevel: values.LOG_LEVEL,
    calendarOrganizer: values.CALENDAR_ORGANIZER,
    live: {
      connectionsPerAddress: values.LIVE_CONNECTIONS_PER_ADDRESS,
      maxBufferedBytes: values.LIVE_MAX_BUFFERED_BYTES,
      maxMessageBytes: values.LIVE_MAX_MESSAGE_BYTES,
      eventsPerSecond: values.LIVE_EVENTS_PER_SECOND,
      joinsPerMinute: values.LIVE_JOINS_PER_MINUTE,
    },
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** A database URL fit for a log line: the password replaced. */
export function describeDatabase(config: Pick<AppConfig, 'databasePath' | 'databaseUrl'>): string {
  if (config.databaseUrl === undefined) return config.databasePath;
  const url = new URL(config.databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
