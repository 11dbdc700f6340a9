import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One measured figure beside its baseline from the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  /** value / baseline; for durations lower is better. */
  ratio: number;
  target?: string;
}

export async function time<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** The median of `runs` timings after one warm-up, so a stray pause does not decide the figure. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await time(work)).ms);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

export function figure(name: string, value: number, baseline: number, unit: string, target?: string): Figure {
  return { name, value, baseline, unit, ratio: baseline === 0 ? Number.NaN : value / baseline, ...(target ? { target } : {}) };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));

/** Prints the figures as a table and keeps them in bench/results/<bench>.json with the machine they ran on. */
export function report(bench: string, figures: Figure[], notes: Record<string, unknown> = {}): void {
  console.log(`\n${bench}`);
  console.log('| figure | value | baseline | ratio | target |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const f of figures) {
    console.log(`| ${f.name} | ${fmt(f.value)} ${f.unit} | ${fmt(f.baseline)} ${f.unit} | ${f.ratio.toFixed(2)}x | ${f.target ?? ''} |`);
  }
  mkdirSync(join('bench', 'results'), { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(
    join('bench', 'results', `${bench}.json`),
    `${JSON.stringify({ bench, at: new Date().toISOString(), machine, figures, notes }, null, 2)}\n`,
  );
}
