// Registers every programme's shard up front. Only the single script imports
// this: it carries the whole dataset anyway, and widgets then render with their
// data on the first pass, with no loading state and no promises.
import all from '../../data/runtime/all-programs.js';
import { registerProgram } from './dataset.js';
import type { RawShard } from './runtime-format.js';

for (const [id, shard] of Object.entries(all as Record<string, RawShard>)) registerProgram(id, shard);
