// Counts the S3 requests a remote logdir costs (for /api/health): every HTTP attempt the SDK sends, retries
// included, and the body bytes read. Invariant: requestsPerMinute() counts only the last 60 s and holds at most
// one timestamp per request made in that window.

export interface S3ReadStats {
  /** Requests sent since start, by operation (ListObjectsV2, GetObject). */
  requests: Record<string, number>;
  requestsTotal: number;
  /** Requests sent in the last 60 seconds. */
  requestsPerMinute: number;
  /** Object bytes received by ranged GETs since start. */
  bytesRead: number;
}

export interface S3RequestMeter {
  countRequest(operation: string): void;
  countBytes(n: number): void;
  stats(): S3ReadStats;
}

const WINDOW_MS = 60_000;

export function createS3RequestMeter(now: () => number = Date.now): S3RequestMeter {
  const requests: Record<string, number> = {};
  let total = 0;
  let bytes = 0;
  const recent: number[] = [];
  let head = 0;

  function prune(t: number): void {
    while (head < recent.length && recent[head]! <= t - WINDOW_MS) head++;
    if (head > 1024 && head * 2 > recent.length) {
      recent.splice(0, head);
      head = 0;
    }
  }

  return {
    countRequest(operation) {
      requests[operation] = (requests[operation] ?? 0) + 1;
      total++;
      const t = now();
      recent.push(t);
      prune(t);
    },
    countBytes(n) {
      bytes += n;
    },
    stats() {
      prune(now());
      return {
        requests: { ...requests },
        requestsTotal: total,
        requestsPerMinute: recent.length - head,
        bytesRead: bytes,
      };
    },
  };
}
