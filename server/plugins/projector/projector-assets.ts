// How the projector serves its small assets as TensorBoard does: the metadata TSV cut to `num_rows` data rows
// (a first line holding a tab is a header and not counted, read line by line as _serve_metadata reads it) and
// a sprite's Content-Type from its magic number (PIL's formats that TensorBoard maps: BMP, GIF, JPEG, PNG).

/** The first `numRows` rows (all when undefined), each line with its newline, plus the header when present. */
export function metadataRows(text: string, numRows: number | undefined): string {
  if (numRows === undefined) return text;
  const header = /^[^\n]*\t/.test(text) ? 1 : 0;
  let end = 0;
  for (let i = 0; i < numRows + header; i++) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text;
    end = nl + 1;
  }
  return text.slice(0, end);
}

/** img_mime_type_detector.from_bytes, by magic number. */
export function imageMimeType(b: Uint8Array): string {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp';
  return 'application/octet-stream';
}
