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
    // Insertion sort on copies: k is small (20–200) and this runs once per request, where an
    // array of positions and a comparator closure cost more than the sort itself.
    const n = this.count;
    const scores = this.scores.slice(0, n);
    const indices = this.indices.slice(0, n);
    for (let i = 1; i < n; i++) {
      const score = scores[i]!;
      const index = indices[i]!;
      let j = i - 1;
      while (j >= 0 && TopK.worse(scores[j]!, indices[j]!, score, index)) {
        scores[j + 1] = scores[j]!;
        indices[j + 1] = indices[j]!;
        j--;
      }
      scores[j + 1] = score;
      indices[j + 1] = index;
    }
    return { indices, scores };
  }
}
