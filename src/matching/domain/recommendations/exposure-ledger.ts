/**
 * How often each work item was recommended recently: a count per item that fades with a
 * half-life, which the congestion component turns into a penalty. A resident asking again sees
 * the same items without counting them twice: an item counts once per resident until it leaves
 * that resident's list (the last list of up to `rememberedResidents` residents is kept).
 */
export class ExposureLedger {
  private counts: Float64Array;
  private stamps: Float64Array;
  private readonly halfLifeMs: number;
  private readonly lastShown = new Map<string | number, Int32Array>();
  private readonly rememberedResidents: number;

  constructor(size: number, halfLifeHours: number, rememberedResidents = 100_000) {
    this.counts = new Float64Array(size);
    this.stamps = new Float64Array(size);
    this.halfLifeMs = halfLifeHours * 3_600_000;
    this.rememberedResidents = rememberedResidents;
  }

  /** The faded count of item i at `nowMs`. */
  recent(i: number, nowMs: number): number {
    const count = this.counts[i]!;
    if (count === 0) return 0;
    const age = Math.max(0, nowMs - this.stamps[i]!);
    return count * 0.5 ** (age / this.halfLifeMs);
  }

  /** Counts the items shown to a resident, except those already on that resident's last list. */
  recordShown(resident: string | number, items: ArrayLike<number>, nowMs: number): void {
    const previous = this.lastShown.get(resident);
    for (let k = 0; k < items.length; k++) {
      const i = items[k]!;
      if (previous?.includes(i)) continue;
      this.counts[i] = this.recent(i, nowMs) + 1;
      this.stamps[i] = nowMs;
    }
    this.lastShown.delete(resident);
    this.lastShown.set(resident, Int32Array.from(items));
    if (this.lastShown.size > this.rememberedResidents) {
      const oldest = this.lastShown.keys().next().value;
      if (oldest !== undefined) this.lastShown.delete(oldest);
    }
  }

  /** The counts as a plain array (for measuring how recommendations spread). */
  snapshot(nowMs: number, size: number): Float64Array {
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = this.recent(i, nowMs);
    return out;
  }

  /**
   * A ledger for a rebuilt store: counts carried over by item id, so that a rebuild (an item
   * opened or closed) does not forget the congestion of the others.
   */
  carriedOver(
    oldIds: readonly (string | null)[],
    newIds: readonly (string | null)[],
    halfLifeHours: number,
  ): ExposureLedger {
    const next = new ExposureLedger(newIds.length, halfLifeHours, this.rememberedResidents);
    const position = new Map<string, number>();
    oldIds.forEach((id, i) => {
      if (id !== null && i < this.counts.length) position.set(id, i);
    });
    newIds.forEach((id, i) => {
      const old = id === null ? undefined : position.get(id);
      if (old === undefined) return;
      next.counts[i] = this.counts[old]!;
      next.stamps[i] = this.stamps[old]!;
    });
    return next;
  }
}
