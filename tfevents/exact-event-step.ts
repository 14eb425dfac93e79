// Reads an Event's int64 `step` (field 2, a varint) exactly, as a bigint, straight from the payload: the
// protobuf runtime runs without a Long implementation, so it rounds steps beyond 2^53. Only the Event's own
// top-level fields are walked (no nested message is decoded). Invariant: returns undefined for a payload that
// does not parse as far as the step, and for a step whose double is exact (|step| <= 2^53), so callers keep a
// side table only for the rare steps a double cannot hold.

const LIMIT = 2n ** 53n;

/** The exact step of an Event payload when a double would round it, else undefined. */
export function exactEventStep(payload: Uint8Array): bigint | undefined {
  let p = 0;
  const n = payload.length;
  const varint = (): bigint | undefined => {
    let v = 0n;
    for (let shift = 0n; shift < 70n && p < n; shift += 7n) {
      const b = payload[p++]!;
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
    return undefined;
  };
  let step: bigint | undefined;
  while (p < n) {
    const key = varint();
    if (key === undefined) return undefined;
    const field = key >> 3n;
    const wire = Number(key & 7n);
    if (wire === 0) {
      const v = varint();
      if (v === undefined) return undefined;
      if (field === 2n) step = BigInt.asIntN(64, v); // the last occurrence wins, as protobuf decoders do
    } else if (wire === 1) p += 8;
    else if (wire === 5) p += 4;
    else if (wire === 2) {
      const len = varint();
      if (len === undefined || len > BigInt(n - p)) return undefined;
      p += Number(len);
    } else return undefined;
  }
  if (p > n || step === undefined) return undefined;
  return step > LIMIT || step < -LIMIT ? step : undefined;
}
