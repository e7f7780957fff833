/**
 * How often each work item was recommended recently: a count per item that fades with a
 * half-life, which the congestion component turns into a penalty. A resident asking again sees
 * the same items without counting them twice: an item counts once per resident until it leaves
 * that resident's list (the last list of up to `rememberedResidents` residents is kept).
 *
 * Fading costs one multiplication per item: each count is also kept scaled to a reference time
 * (the epoch), count × 2^((stamp − epoch) / halfLife), so that the faded count at `now` is that
 * times 2^(−(now − epoch) / halfLife), one power per request (`fadeAt`) instead of one per item;
 * ranking reads thousands of items per request. The epoch moves forward before the scaled
 * values could overflow.
 */
/** 2^64 keeps scaled counts far from overflow and fades far from underflow. */
const MAX_SCALED_HALF_LIVES = 64;

export class ExposureLedger {
  private counts: Float64Array;
  private stamps: Float64Array;
  private scaled: Float64Array;
  /** The reference time of `scaled` (ms), set by the first recording. */
  private epoch = Number.NaN;
  private readonly halfLifeMs: number;
  private readonly lastShown = new Map<string | number, Int32Array>();
  private readonly rememberedResidents: number;

  constructor(size: number, halfLifeHours: number, rememberedResidents = 100_000) {
    this.counts = new Float64Array(size);
    this.stamps = new Float64Array(size);
    this.scaled = new Float64Array(size);
    this.halfLifeMs = halfLifeHours * 3_600_000;
    this.rememberedResidents = rememberedResidents;
  }

  /** The faded count of item i at `nowMs`. */
  recent(i: number, nowMs: number): number {
    return this.recentAt(i, this.fadeAt(nowMs));
  }

  /** The factor for `recentAt` at `nowMs`: computed once per request. */
  fadeAt(nowMs: number): number {
    return Number.isNaN(this.epoch) ? 0 : 2 ** ((this.epoch - nowMs) / this.halfLifeMs);
  }

  /**
   * The faded count of item i at the time `fade` was computed for. A count stamped after that
   * time (another request's clock ran ahead) is taken as it is, unfaded.
   */
  recentAt(i: number, fade: number): number {
    const count = this.counts[i]!;
    if (count === 0) return 0;
    const faded = this.scaled[i]! * fade;
    // Also false for NaN (0 × ∞ after a clock jump of centuries): the count itself.
    return faded < count ? faded : count;
  }

  /** Counts the items shown to a resident, except those already on that resident's last list. */
  recordShown(resident: string | number, items: ArrayLike<number>, nowMs: number): void {
    const previous = this.lastShown.get(resident);
    if (Number.isNaN(this.epoch) || Math.abs(nowMs - this.epoch) > MAX_SCALED_HALF_LIVES * this.halfLifeMs) {
      this.rebase(nowMs);
    }
    const fade = this.fadeAt(nowMs);
    for (let k = 0; k < items.length; k++) {
      const i = items[k]!;
      if (previous?.includes(i)) continue;
      const count = this.recentAt(i, fade) + 1;
      this.counts[i] = count;
      this.stamps[i] = nowMs;
      this.scaled[i] = count / fade;
    }
    this.lastShown.delete(resident);
    this.lastShown.set(resident, Int32Array.from(items));
    if (this.lastShown.size > this.rememberedResidents) {
      const oldest = this.lastShown.keys().next().value;
      if (oldest !== undefined) this.lastShown.delete(oldest);
    }
  }

  /** Moves the epoch to `nowMs`, rescaling every count (every 64 half-lives at most). */
  private rebase(nowMs: number): void {
    this.epoch = nowMs;
    for (let i = 0; i < this.counts.length; i++) {
      this.scaled[i] = this.counts[i]! * 2 ** ((this.stamps[i]! - nowMs) / this.halfLifeMs);
    }
  }

  /** The counts as a plain array (for measuring how recommendations spread). */
  snapshot(nowMs: number, size: number): Float64Array {
    const out = new Float64Array(size);
    const fade = this.fadeAt(nowMs);
    for (let i = 0; i < size; i++) out[i] = this.recentAt(i, fade);
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
    next.epoch = this.epoch;
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
    // Scaled again: the new ledger's half-life may differ (the weights were edited).
    if (!Number.isNaN(next.epoch)) next.rebase(next.epoch);
    return next;
  }
}
