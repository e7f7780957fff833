/**
 * A binary min-heap of node ids keyed by an external distance array, with decrease-key. Equal
 * keys go to the lower node id, so searches settle nodes in the same order on every run.
 */
export class IndexedHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  private readonly key: Float64Array;
  size = 0;

  constructor(capacity: number, key: Float64Array) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.key = key;
  }

  push(node: number) {
    const i = this.size++;
    this.nodes[i] = node;
    this.position[node] = i;
    this.up(i);
  }

  decrease(node: number) {
    this.up(this.position[node]!);
  }

  pop(): number {
    const nodes = this.nodes;
    const top = nodes[0]!;
    this.position[top] = -1;
    const last = nodes[--this.size]!;
    if (this.size > 0) {
      nodes[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  clear() {
    for (let i = 0; i < this.size; i++) this.position[this.nodes[i]!] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private up(i: number) {
    const nodes = this.nodes;
    const node = nodes[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const other = nodes[parent]!;
      if (!this.less(node, other)) break;
      nodes[i] = other;
      this.position[other] = i;
      i = parent;
    }
    nodes[i] = node;
    this.position[node] = i;
  }

  private down(i: number) {
    const nodes = this.nodes;
    const n = this.size;
    const node = nodes[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(nodes[child + 1]!, nodes[child]!)) child++;
      const other = nodes[child]!;
      if (!this.less(other, node)) break;
      nodes[i] = other;
      this.position[other] = i;
      i = child;
    }
    nodes[i] = node;
    this.position[node] = i;
  }
}
