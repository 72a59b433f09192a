// Loads the programme shards a component needs and re-renders it when they
// arrive. While anything is loading, `pending` holds the promise, which the
// component's updateComplete also waits for.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isProgramLoaded, loadProgram } from '../data/dataset.js';

export class DataController implements ReactiveController {
  pending?: Promise<void>;
  /** The last load error, shown by the component instead of stale data. */
  error?: unknown;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when every programme is loaded; otherwise starts loading and returns false. */
  ensure(programIds: string[]): boolean {
    const missing = programIds.filter((id) => !isProgramLoaded(id));
    if (missing.length === 0) return true;
    const load: Promise<void> = Promise.all(missing.map(loadProgram))
      .then(
        () => {
          this.error = undefined;
        },
        (error: unknown) => {
          this.error = error;
        },
      )
      .then(() => {
        if (this.pending === load) this.pending = undefined;
        this.host.requestUpdate();
      });
    this.pending = load;
    return false;
  }
}
