/**
 * Optional, machine-readable build timings for `npm run bench`: when WAYPOINT_TIMINGS names a file,
 * each stage appends one JSON line, `{"stage":"encrypt","ms":1234.5}`. Without it, nothing is written.
 */
import { appendFileSync } from 'node:fs';
import { timingsFile } from './config.ts';

export function recordTiming(stage: string, ms: number, detail: Record<string, number | string> = {}): void {
  const file = timingsFile();
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ stage, ms: Math.round(ms * 10) / 10, ...detail })}\n`);
}
