/**
 * Runs expensive work (password hashing) at most `concurrency` at a time, taking turns between keys (source
 * addresses): a queued task of a new address runs before the tenth queued task of a busy one. One address flooding
 * logins therefore delays others by about one hash, not by its whole backlog.
 */
export class FairQueue {
  readonly #concurrency: number;
  readonly #queues = new Map<string, (() => void)[]>();
  #running = 0;

  constructor(concurrency: number) {
    this.#concurrency = Math.max(1, Math.floor(concurrency));
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.#running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.#running--;
            this.#next();
          });
      };
      const queue = this.#queues.get(key);
      if (queue) queue.push(start);
      else this.#queues.set(key, [start]);
      this.#next();
    });
  }

  #next(): void {
    while (this.#running < this.#concurrency && this.#queues.size > 0) {
      // Maps iterate in insertion order: take the first key's task, then move the key to the back.
      const [key, queue] = this.#queues.entries().next().value as [string, (() => void)[]];
      const start = queue.shift() as () => void;
      this.#queues.delete(key);
      if (queue.length > 0) this.#queues.set(key, queue);
      start();
    }
  }
}
