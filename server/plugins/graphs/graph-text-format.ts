// The body of TensorBoard's /data/plugin/graphs/graph: a GraphDef in protobuf text format as TensorBoard's
// `str(graph)` prints it (see proto-text-printer.ts), from its bytes or from a GraphDef built in memory.
import { tensorboard } from '../../../proto/index.ts';
import { protoBytesToText } from './proto-text-printer.ts';

export const graphBytesToText = (graph: Uint8Array): string => protoBytesToText('GraphDef', graph);

export const graphDefToText = (graph: tensorboard.IGraphDef): string =>
  graphBytesToText(tensorboard.GraphDef.encode(graph).finish());
