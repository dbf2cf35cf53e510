import type { SimRequestLog } from '../../../lib/sim/sim-run-types.js';
import { handLog as requestLog } from '../../data/formats/guidellm/hand-log.js';

/** The hand-made request log of the GuideLLM metric tests as the simulator logs it (no preemptions, no chunks). */
export function handLog(): SimRequestLog {
  return { ...requestLog(), preemptions: new Int32Array(5), chunks: null };
}
