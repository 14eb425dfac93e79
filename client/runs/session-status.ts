// The status badge of a session: live, finished, stopped, failed, crashed or stale, from the run store's status
// and the age of the newest point. Pure. A running session that has written nothing for STALE_SECS is 'stale'
// (alive by heartbeat but not producing data); a session known only from disk is live while points arrive and
// stale after.
import type { SessionSummary } from '../../contract/index.ts';

export type BadgeStatus = 'live' | 'finished' | 'stopped' | 'failed' | 'crashed' | 'stale';
export const STALE_SECS = 120;

export function badgeStatus(
  session: Pick<SessionSummary, 'status'>,
  lastPointWall: number | null,
  nowSecs: number,
): BadgeStatus {
  const age = lastPointWall === null ? Infinity : nowSecs - lastPointWall;
  switch (session.status) {
    case 'finished':
    case 'stopped':
    case 'failed':
    case 'crashed':
      return session.status;
    case 'running':
      return age <= STALE_SECS ? 'live' : 'stale';
    default:
      return age <= 30 ? 'live' : 'stale';
  }
}
