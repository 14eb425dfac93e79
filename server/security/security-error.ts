// The JSON error responses of the security layer, in the server's `{error: {code, message}}` shape; the codes
// beyond the shared contract (rate_limited, forbidden_origin, misdirected_host) are only sent from here.
import type { Response } from 'express';

export type SecurityErrorCode =
  'unauthorized' | 'rate_limited' | 'forbidden_origin' | 'misdirected_host' | 'payload_too_large';

export function securityError(res: Response, status: number, code: SecurityErrorCode, message: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json({ error: { code, message } });
}
