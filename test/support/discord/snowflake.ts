// Discord-compatible emulator for end-to-end tests: a fake Discord (REST + gateway) on 127.0.0.1.
// This file mints snowflake ids the way Discord does (timestamp since the Discord epoch, then a counter).

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh snowflake id for the given time; strictly increasing within one process for the same millisecond. */
export function snowflake(at: number = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  const worker = 1n << 17n;
  return (((BigInt(Math.floor(at)) - DISCORD_EPOCH) << 22n) | worker | counter).toString();
}

/** The creation time (epoch ms) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
