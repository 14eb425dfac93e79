// A trainer stand-in for the S3 segment-writer test: writes the scalar 'loss' at steps 0, 1, 2... every few
// milliseconds to the s3:// run given as argv[2] (endpoint and credentials from the AWS environment), flushing a
// segment every argv[3] ms, and prints `flushed <points>` after each stored segment, until it is killed.
import { createS3SegmentWriter } from '../../../tfevents/node/s3-segment-writer.ts';
import { scalarValue } from '../../../tfevents/summaries/scalar-summary.ts';

const [url, flushMs] = [process.argv[2]!, Number(process.argv[3] ?? 300)];
let flushed = 0;
const writer = createS3SegmentWriter({
  url,
  flushMs,
  onFlushed: ({ events }) => {
    flushed += events;
    process.stdout.write(`flushed ${flushed}\n`);
  },
  onError: (err) => process.stderr.write(`${err.message}\n`),
});
let step = 0;
setInterval(() => writer.writeSummary(step, [scalarValue('loss', 1 / (step++ + 1))]), 5);
