// What the benchmark ran on: figures mean little without the CPU, core count, memory and Node version beside them.
import { cpus, totalmem, platform, release } from 'node:os';

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const gb = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${cores.length} cores, ${gb} GiB RAM, node ${process.version}, ${platform()} ${release()}`;
}
