// Reads the nodes of a GraphDef in protobuf text format (what /data/plugin/graphs/graph returns for TensorFlow
// and PyTorch op graphs): name, op and inputs per node. Pure. Invariants: control inputs (`^name`) and output
// indexes (`name:1`) map to the producing node; unknown fields and nested attrs are skipped, never thrown on.

export interface OpNode {
  name: string;
  op: string;
  inputs: string[];
}

function unquote(s: string): string {
  return s.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
}

export function parseGraphText(text: string): OpNode[] {
  const nodes: OpNode[] = [];
  let depth = 0;
  let current: OpNode | null = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    if (depth === 0 && /^node\s*\{/.test(line)) {
      current = { name: '', op: '', inputs: [] };
      depth = 1;
      continue;
    }
    if (depth >= 1 && current) {
      if (line.endsWith('{')) depth++;
      else if (line === '}') {
        depth--;
        if (depth === 0) {
          nodes.push(current);
          current = null;
        }
      } else if (depth === 1) {
        const m = /^(name|op|input):\s*(".*")\s*$/.exec(line);
        if (m) {
          const v = unquote(m[2] as string);
          if (m[1] === 'name') current.name = v;
          else if (m[1] === 'op') current.op = v;
          else current.inputs.push(v.replace(/^\^/, '').replace(/:\d+$/, ''));
        }
      }
    }
  }
  return nodes;
}
