// Configures the protobufjs runtime before the generated code loads: without a Long implementation, int64
// fields (Event.step, Dim.size, ...) decode as plain JS numbers (exact up to 2^53, far beyond any step).
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
