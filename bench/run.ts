/**
 * npm run bench [-- name ...]: runs the benchmarks (all, or those named) and prints each figure
 * beside its baseline measured in the same run. Benchmarks are never timed tests: they measure,
 * print and save to bench/results/; nothing passes or fails on a number.
 */
import { boardBench } from './board';
import { generationBench } from './generation';
import { ordersBench } from './orders';
import { postingBench } from './posting';

const BENCHES: Record<string, () => Promise<void>> = {
  board: boardBench,
  generation: generationBench,
  orders: ordersBench,
  posting: postingBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(1);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  await BENCHES[name]?.();
}
