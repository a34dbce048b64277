// The process logger (pino): JSON lines, level from config.
import { pino } from 'pino';

export function createLogger(level: string) {
  return pino({ level, base: undefined });
}
