// Measured hit rate of `speclat advise` on real data (README, "Advise"): for each verifier and forced
// alpha of data/speculators-scaling (no baseline run: implied k = 0), and for MagicDec's closed-loop
// batch latencies (test/fixtures/advise), does the configuration the model names fastest match the
// measured fastest at each measured load? Usage: npx tsx scripts/advise-hit-rates.ts
import { loadMeasurements } from '../lib/data/load-measurements.js';
import { advise } from '../lib/paper/your-data/advise.js';
import { measuredHitRate } from '../lib/paper/your-data/measured-hit-rate.js';

async function main(): Promise<void> {
  const all = await loadMeasurements('data/speculators-scaling');
  let n = 0;
  let hits = 0;
  let within = 0;
  const verifiers = [...new Set(all.map((r) => r.verifier))];
  for (const v of verifiers) {
    const mine = all.filter((r) => r.verifier === v);
    for (const a of [...new Set(mine.map((r) => r.alpha))].sort()) {
      let h;
      try {
        h = measuredHitRate(advise(mine.filter((r) => r.alpha === a)));
      } catch (err) {
        console.log(`${v} alpha ${a}: no advice: ${(err as Error).message}`);
        continue;
      }
      n += h.n;
      hits += h.hits;
      within += h.withinNoise;
      console.log(`${v} alpha ${a}: ${h.hits}/${h.n} hits, ${h.withinNoise}/${h.n} within noise`);
    }
  }
  console.log(`speculators-scaling: ${hits}/${n} hits (${((100 * hits) / n).toFixed(1)}%), ${within}/${n} within noise (${((100 * within) / n).toFixed(1)}%)`);
  const m = measuredHitRate(advise(await loadMeasurements('test/fixtures/advise/magicdec-batch-latency.tidy.csv')));
  console.log(`MagicDec closed loop: ${m.hits}/${m.n} hits, ${m.withinNoise}/${m.n} within noise`);
  for (const r of m.rows) console.log(`  batch ${r.load}: measured best ${r.measuredBest}, named ${r.named}`);
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
