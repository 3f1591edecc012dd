/**
 * Min-cost max-flow by successive shortest paths. Costs may be negative on the first graph (no negative cycle):
 * the first potentials come from Bellman–Ford; then each phase runs Dijkstra on reduced costs and augments along
 * all shortest paths it found (a blocking flow on the admissible edges, levelled by BFS as in Dinic), which keeps
 * the flow of minimum cost for its value after every phase. Integer capacities and costs.
 */
export class MinCostFlow {
  private to: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];
  private head: Int32Array;
  private next: number[] = [];

  constructor(readonly n: number) {
    this.head = new Int32Array(n).fill(-1);
  }

  /** Adds an edge; returns its id (flow on it: `flowOn(id)`). */
  addEdge(from: number, to: number, cap: number, cost: number): number {
    const id = this.to.length;
    this.push(from, to, cap, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  private push(from: number, to: number, cap: number, cost: number) {
    this.to.push(to);
    this.cap.push(cap);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  flowOn(id: number): number {
    return this.cap[id ^ 1];
  }

  /** Sends as much flow as possible (at most `limit`) from s to t at minimum cost. */
  run(s: number, t: number, limit = Infinity): { flow: number; cost: number } {
    const { n } = this;
    const INF = Number.MAX_SAFE_INTEGER;
    const h = this.bellmanFord(s);
    const dist = new Float64Array(n);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    let flow = 0;
    let cost = 0;
    while (flow < limit) {
      this.dijkstra(s, h, dist);
      if (dist[t] >= INF) break;
      for (let v = 0; v < n; v++) if (dist[v] < INF) h[v] += dist[v];
      // Admissible edges now have reduced cost 0; push a blocking flow through them, level by level.
      for (;;) {
        if (!this.levels(s, t, h, level)) break;
        for (let v = 0; v < n; v++) iter[v] = this.head[v];
        let pushed: number;
        while (flow < limit && (pushed = this.augment(s, t, limit - flow, h, level, iter)) > 0) {
          flow += pushed;
          cost += pushed * (h[t] - h[s]);
        }
        if (flow >= limit) break;
      }
    }
    return { flow, cost };
  }

  private reduced(e: number, from: number, h: Float64Array) {
    return this.cost[e] + h[from] - h[this.to[e]];
  }

  private bellmanFord(s: number): Float64Array {
    const INF = Number.MAX_SAFE_INTEGER;
    const d = new Float64Array(this.n).fill(INF);
    d[s] = 0;
    for (let round = 0; round < this.n; round++) {
      let changed = false;
      for (let u = 0; u < this.n; u++) {
        if (d[u] >= INF) continue;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] > 0 && d[u] + this.cost[e] < d[this.to[e]]) {
            d[this.to[e]] = d[u] + this.cost[e];
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    for (let v = 0; v < this.n; v++) if (d[v] >= INF) d[v] = 0;
    return d;
  }

  private dijkstra(s: number, h: Float64Array, dist: Float64Array) {
    const INF = Number.MAX_SAFE_INTEGER;
    dist.fill(INF);
    dist[s] = 0;
    const heap = new MinHeap();
    heap.push(0, s);
    while (heap.size) {
      const [d, u] = heap.pop();
      if (d > dist[u]) continue;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.cap[e] <= 0) continue;
        const v = this.to[e];
        const nd = d + this.reduced(e, u, h);
        if (nd < dist[v]) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
  }

  /** BFS levels over admissible edges (residual, reduced cost 0); false when t is not reached. */
  private levels(s: number, t: number, h: Float64Array, level: Int32Array): boolean {
    level.fill(-1);
    level[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q];
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        const v = this.to[e];
        if (this.cap[e] > 0 && level[v] < 0 && this.reduced(e, u, h) === 0) {
          level[v] = level[u] + 1;
          queue.push(v);
        }
      }
    }
    return level[t] >= 0;
  }

  /** One augmenting path in the level graph (iterative DFS with current-edge pointers); the amount pushed. */
  private augment(s: number, t: number, want: number, h: Float64Array, level: Int32Array, iter: Int32Array): number {
    const path: number[] = [];
    let u = s;
    for (;;) {
      if (u === t) {
        let f = want;
        for (const e of path) f = Math.min(f, this.cap[e]);
        for (const e of path) {
          this.cap[e] -= f;
          this.cap[e ^ 1] += f;
        }
        return f;
      }
      let e = iter[u];
      for (; e !== -1; e = this.next[e]) {
        const v = this.to[e];
        if (this.cap[e] > 0 && level[v] === level[u] + 1 && this.reduced(e, u, h) === 0) break;
      }
      iter[u] = e;
      if (e !== -1) {
        path.push(e);
        u = this.to[e];
      } else {
        if (u === s) return 0;
        level[u] = -1; // dead end: no path to t through u in this level graph
        const back = path.pop()!;
        u = this.to[back ^ 1];
        iter[u] = this.next[iter[u]];
      }
    }
  }
}

/** Binary heap of (key, value) pairs by key. */
class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(k: number, v: number) {
    const { keys, vals } = this;
    let i = keys.length;
    keys.push(k);
    vals.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= k) break;
      keys[i] = keys[p];
      vals[i] = vals[p];
      i = p;
    }
    keys[i] = k;
    vals[i] = v;
  }
  pop(): [number, number] {
    const { keys, vals } = this;
    const top: [number, number] = [keys[0], vals[0]];
    const k = keys.pop()!;
    const v = vals.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= k) break;
        keys[i] = keys[c];
        vals[i] = vals[c];
        i = c;
      }
      keys[i] = k;
      vals[i] = v;
    }
    return top;
  }
}
