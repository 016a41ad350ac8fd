/**
 * A bounded in-process cache of encoded tiles. Keys carry the layer's data version, so a write
 * never serves a stale tile, and the audience (public / staff), so a full-detail tile is never
 * served to the public; the cache is only a speed-up (any process can rebuild any tile).
 */
export class TileCache {
  private readonly entries = new Map<string, Uint8Array>();

  constructor(private readonly maxEntries = 2000) {}

  static key(layerId: string, version: number, z: number, x: number, y: number, audience: 'public' | 'staff'): string {
    return `${layerId}@${version}:${audience}/${z}/${x}/${y}`;
  }

  get(key: string): Uint8Array | undefined {
    const tile = this.entries.get(key);
    if (tile) {
      // Refresh recency: Map keeps insertion order, the oldest entry is evicted first.
      this.entries.delete(key);
      this.entries.set(key, tile);
    }
    return tile;
  }

  set(key: string, tile: Uint8Array): void {
    this.entries.set(key, tile);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
