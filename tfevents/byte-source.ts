// The byte-source interface that the pure record reader reads through: a file being appended to, a buffer
// in memory, anything with a size and random access. Invariant: read() never returns bytes past size().

export interface ByteSource {
  /** Bytes available now. A growing source grows this (a file source re-stats on its own refresh()). */
  size(): number;
  /**
   * Up to `length` bytes starting at `offset` (fewer only at the end of the source). The returned view stays
   * valid after later reads, but callers that keep bytes for long should copy them (views can pin a larger
   * buffer).
   */
  read(offset: number, length: number): Uint8Array;
}

/** A source over bytes already in memory. */
export function memoryByteSource(bytes: Uint8Array): ByteSource {
  return {
    size: () => bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}
