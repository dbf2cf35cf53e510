import type { ExclusionOptions } from '../../fit/exclude-saturated.js';

/** What each saturation rule of excludeSaturated leaves out, for the sentence. */
const RULES: Record<string, string> = {
  maxConcurrency: 'open-loop benchmarks throttled by the concurrency cap',
  backlogRatio: 'open-loop benchmarks with a growing backlog of unfinished requests',
  minRateRatio: 'open-loop benchmarks whose measured rate falls below that share of their target rate',
  throughputFraction: 'constant rates at the sweep’s measured throughput',
  jumpFactor: 'latency jumps on a throughput plateau',
};

/**
 * One sentence on how a notebook's exclusion options change the fits' saturation rules
 * (excludeSaturated), built from the options themselves so that it follows the parameter cell:
 * a rule set to null is "off", other values are named.
 *
 * @param options the notebook's exclusion options (e.g. P.sim.fit.exclusion); false: no rule; undefined: defaults
 * @param name how the notebook names them (e.g. 'P.sim.exclusion')
 * @returns the sentence
 * @throws {Error} `exclusionChangesText requires an options object, false or undefined`
 * @example
 * exclusionChangesText({ minRateRatio: null }, 'P.sim.exclusion');
 * // 'P.sim.exclusion changes the saturation rules: minRateRatio is off (the rule that leaves out open-loop
 * //  benchmarks whose measured rate falls below that share of their target rate).'
 */
export function exclusionChangesText(options: ExclusionOptions | false | undefined, name: string): string {
  if (options === undefined) return `${name} is not set: the fits use the default saturation rules.`;
  if (options === false) return `${name} is false: the fits use every valid row, saturated or not.`;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new Error('exclusionChangesText requires an options object, false or undefined');
  const changes = Object.entries(options).map(([key, value]) => {
    const rule = RULES[key] === undefined ? '' : ` (the rule that leaves out ${RULES[key]})`;
    return value === null ? `${key} is off${rule}` : `${key} = ${JSON.stringify(value)}${rule}`;
  });
  if (changes.length === 0) return `${name} keeps the default saturation rules.`;
  return `${name} changes the saturation rules: ${changes.join('; ')}.`;
}
