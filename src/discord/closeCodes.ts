// Gateway close codes after which Discord will not take the bot back until its configuration changes
// (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).

/** Each permanent close code with what it means for the operator; discord.js does not reconnect after these. */
export const PERMANENT_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: 'Authentication failed: Discord refused the bot token (check DISCORD_TOKEN; was it reset?)',
  4010: 'Invalid shard: Discord refused the shard the bot identified with',
  4011: 'Sharding required: the bot is in too many servers for one gateway connection',
  4012: 'Invalid API version: Discord no longer accepts the gateway version this discord.js speaks',
  4013: 'Invalid intents: Discord refused the intents value the bot asked for',
  4014: 'Disallowed intents: the bot asked for a privileged intent that is not enabled for the application in the Developer Portal',
};

/**
 * The exit status after a permanent close (EX_CONFIG in sysexits.h): restarting will not help until the
 * configuration is fixed, so a supervisor can be told not to restart on it (systemd: RestartPreventExitStatus=78).
 */
export const EXIT_GATEWAY_CLOSED = 78;

export interface PermanentClose {
  code: number;
  meaning: string;
}

export function permanentClose(code: number): PermanentClose {
  return { code, meaning: PERMANENT_CLOSE_CODES[code] ?? 'a close code discord.js does not reconnect after' };
}

/** The log line for a permanent close: the code and what it means. */
export function describeClose(close: PermanentClose): string {
  return `Discord closed the gateway for good with code ${close.code} (${close.meaning}); not reconnecting`;
}

/** Thrown by startDiscordBot when Discord closes the gateway for good before the bot is ready. */
export class GatewayClosedError extends Error {
  constructor(readonly close: PermanentClose) {
    super(describeClose(close));
    this.name = 'GatewayClosedError';
  }
}
