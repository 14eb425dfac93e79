// Types shared by the benchmark harness and the *.bench.ts modules.

export interface BenchContext {
  /** Repository root. */
  root: string;
  /** `--soak`: run the long variant where a benchmark has one. */
  soak: boolean;
  log: (line: string) => void;
}

export interface BenchResult {
  name: string;
  value: number | string;
  unit: string;
  /** The anchor and ratio, e.g. "0.31x TensorBoard Rust data server (17.5 s)". */
  note?: string;
}

export interface BenchModule {
  default: (ctx: BenchContext) => Promise<BenchResult[]>;
}
