// Loads the programme shards a component needs and re-renders it when they
// arrive. While anything is loading, `pending` holds the promise, which the
// component's updateComplete also waits for.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isProgramLoaded, loadProgram } from '../data/dataset.js';

export class DataController implements ReactiveController {
  pending?: Promise<void>;
  /** Why a needed shard is missing, when its load failed: the component shows it instead of stale data. */
  error?: unknown;
  /**
   * Shards whose load failed, not requested again until the component's inputs
   * change: the re-render that shows the failure must not start another load
   * (a request loop while the network is down).
   */
  private readonly failed = new Map<string, unknown>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * True when every programme is loaded, or its load failed (`error` says why);
   * otherwise starts loading and returns false. `retry` loads failed shards again.
   */
  ensure(programIds: string[], { retry = false } = {}): boolean {
    if (retry) this.failed.clear();
    const missing = programIds.filter((id) => !isProgramLoaded(id));
    const failure = missing.find((id) => this.failed.has(id));
    this.error = failure === undefined ? undefined : this.failed.get(failure);
    if (missing.length === 0 || failure !== undefined) return true;
    const load: Promise<void> = Promise.all(
      missing.map((id) =>
        loadProgram(id).catch((error: unknown) => {
          this.failed.set(id, error);
        }),
      ),
    ).then(() => {
      if (this.pending === load) this.pending = undefined;
      this.host.requestUpdate();
    });
    this.pending = load;
    return false;
  }
}
