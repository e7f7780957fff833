/**
 * The k best (score, index) pairs seen, kept in a binary min-heap over typed arrays: ranking
 * thousands of candidates per request allocates nothing per candidate. Ties go to the lower
 * index, so a ranking is the same on every run.
 */
export class TopK {
  readonly capacity: number;
  private readonly scores: Float64Array;
  private readonly indices: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = Math.max(0, capacity);
    this.scores = new Float64Array(this.capacity);
    this.indices = new Int32Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The score an entry must beat to get in: the worst kept score once full, −∞ before. */
  threshold(): number {
    return this.count < this.capacity || this.capacity === 0 ? Number.NEGATIVE_INFINITY : this.scores[0]!;
  }

  clear(): void {
    this.count = 0;
  }

  /** Whether (a, ai) ranks below (b, bi). */
  private static worse(a: number, ai: number, b: number, bi: number): boolean {
    return a < b || (a === b && ai > bi);
  }

  push(score: number, index: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, index, this.scores[parent]!, this.indices[parent]!)) break;
        this.scores[i] = this.scores[parent]!;
        this.indices[i] = this.indices[parent]!;
        i = parent;
      }
      this.scores[i] = score;
      this.indices[i] = index;
      return;
    }
    if (!TopK.worse(this.scores[0]!, this.indices[0]!, score, index)) return;
    this.siftDown(score, index);
  }

  private siftDown(score: number, index: number): void {
    let i = 0;
    const n = this.count;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        TopK.worse(this.scores[right]!, this.indices[right]!, this.scores[child]!, this.indices[child]!)
      )
        child = right;
      if (!TopK.worse(this.scores[child]!, this.indices[child]!, score, index)) break;
      this.scores[i] = this.scores[child]!;
      this.indices[i] = this.indices[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.indices[i] = index;
  }

  /** The pairs, best first. */
  sorted(): { indices: Int32Array; scores: Float64Array } {
    const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) =>
      TopK.worse(this.scores[a]!, this.indices[a]!, this.scores[b]!, this.indices[b]!)
        ? 1
        : TopK.worse(this.scores[b]!, this.indices[b]!, this.scores[a]!, this.indices[a]!)
          ? -1
          : 0,
    );
    return {
      indices: Int32Array.from(order, (i) => this.indices[i]!),
      scores: Float64Array.from(order, (i) => this.scores[i]!),
    };
  }
}
