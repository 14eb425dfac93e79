// Form bodies for TensorBoard's POST routes: `application/x-www-form-urlencoded` (curl, scripts, our client)
// and `multipart/form-data` (TensorBoard's own frontend sends FormData for timeseries/timeSeries and
// scalars/scalars_multirun) both become `req.body` as `{name: value | value[]}`, repeated names as arrays,
// exactly as express.urlencoded({extended: false}) shapes it. Invariants: at most `maxBytes` of body are read
// (413 beyond, counted on the wire, so chunked bodies are bounded too); multipart file parts are refused (400),
// never buffered; any other content type leaves `req.body` undefined for the route to report.
import busboy from 'busboy';
import express, { type Request, type RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

export type FormFields = Record<string, string | string[]>;

export interface FormBodyOptions {
  /** Largest body read, bytes (default 1 MiB, the limit the routes had with urlencoded alone). */
  maxBytes?: number;
  /** Most fields (default 100,000: scalars_multirun repeats `runs` once per run). */
  maxFields?: number;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_MAX_FIELDS = 100_000;

function addField(fields: FormFields, name: string, value: string): void {
  const prev = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (prev === undefined) fields[name] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else fields[name] = [prev, value];
}

function isMultipart(req: Request): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/** Reads a multipart body into fields, or rejects with an HttpError saying what was wrong. */
function readMultipart(req: Request, maxBytes: number, maxFields: number): Promise<FormFields> {
  return new Promise((resolve, reject) => {
    // A null prototype: a field named `__proto__` is just a field.
    const fields = Object.create(null) as FormFields;
    let settled = false;
    let seen = 0;
    const fail = (err: HttpError): void => {
      if (settled) return;
      settled = true;
      req.unpipe();
      req.resume(); // drain what is left so the socket can answer
      reject(err);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fieldSize: maxBytes, fields: maxFields, files: 0, fieldNameSize: 200 },
      });
    } catch (err) {
      reject(new HttpError(400, 'bad_body', `multipart body: ${err instanceof Error ? err.message : ''}`));
      return;
    }
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes)
        fail(new HttpError(413, 'payload_too_large', `request body over ${maxBytes} bytes`));
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) {
        fail(new HttpError(413, 'payload_too_large', `form field '${name.slice(0, 100)}' is too large`));
        return;
      }
      addField(fields, name, value);
    });
    parser.on('file', (name, stream) => {
      stream.resume();
      fail(
        new HttpError(
          400,
          'bad_body',
          `form field '${name.slice(0, 100)}' is a file; only text fields are read`,
        ),
      );
    });
    parser.on('filesLimit', () => fail(new HttpError(400, 'bad_body', 'file parts are not accepted')));
    parser.on('fieldsLimit', () =>
      fail(new HttpError(413, 'payload_too_large', `more than ${maxFields} form fields`)),
    );
    parser.on('error', (err: unknown) =>
      fail(
        new HttpError(400, 'bad_body', `multipart body: ${err instanceof Error ? err.message : String(err)}`),
      ),
    );
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve(fields);
    });
    req.pipe(parser);
  });
}

/** Middleware: parses urlencoded and multipart form bodies into `req.body` (see the module comment). */
export function formBody(o: FormBodyOptions = {}): RequestHandler {
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFields = o.maxFields ?? DEFAULT_MAX_FIELDS;
  const urlencoded = express.urlencoded({ extended: false, limit: maxBytes, parameterLimit: maxFields });
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || !isMultipart(req)) {
      urlencoded(req, res, next);
      return;
    }
    readMultipart(req, maxBytes, maxFields).then((fields) => {
      req.body = fields;
      next();
    }, next);
  };
}
