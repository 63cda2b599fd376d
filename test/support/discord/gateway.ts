// The emulator's gateway: a WebSocket endpoint speaking Discord's gateway protocol v10 (json encoding, optional
// zlib-stream transport compression): HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, dispatches.
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { isRecord } from './validate.ts';
import type { Scene } from './scene.ts';
import type { GatewayGuildCreateDispatchData } from 'discord.js';

export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

export const PRIVILEGED_INTENTS = Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent;

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

const Close = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidApiVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
  readonly s: number | null;
  readonly t: string | null;
}

export interface LoggedFrame extends GatewayFrame {
  readonly at: number;
  readonly direction: 'in' | 'out';
  readonly sessionId: string | null;
}

/** The query string the client connected with (discord.js sends v=10&encoding=json, plus compress if it can). */
export interface ConnectQuery {
  readonly v: string | null;
  readonly encoding: string | null;
  readonly compress: string | null;
}

export interface IdentifyRecord {
  readonly at: number;
  readonly token: string;
  readonly intents: number;
  readonly compress: boolean;
  readonly shard: unknown;
  readonly properties: unknown;
  readonly largeThreshold: unknown;
  readonly presence: unknown;
  readonly query: ConnectQuery;
}

export interface GatewayOptions {
  readonly scene: Scene;
  readonly heartbeatIntervalMs: number;
  /** Privileged intents the application is allowed to use (Developer Portal switches). */
  readonly privilegedIntents: number;
  /** When set, IDENTIFY/RESUME with another token is refused with close code 4004. */
  readonly token: string | undefined;
  readonly gatewayUrl: () => string;
  /** Every guild the bot is in; each session is sent the guilds its shard owns. Default: the scene's guild. */
  readonly guilds?: () => readonly GatewayGuildCreateDispatchData[];
  /** The shard count Discord recommends (GET /gateway/bot); IDENTIFY without a shard, or with a shard id past the
   * count it names, is closed with 4010 (invalid shard) when this is over 1, as Discord requires sharding then. */
  readonly shards?: number;
}

/** Which shard receives a guild's events: (guild_id >> 22) % shard_count, as Discord documents. */
export function shardFor(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One dispatch delivered to one session, with the shard that session identified as. */
export interface Delivery {
  readonly t: string;
  readonly sessionId: string;
  readonly shard: readonly [number, number];
  readonly guildId: string | null;
}

class Connection {
  session: Session | null = null;
  private readonly deflate: Deflate | null;
  identifyCompress = false;

  constructor(
    readonly socket: WebSocket,
    readonly query: ConnectQuery,
  ) {
    if (query.compress === 'zlib-stream') {
      // One zlib context for the whole connection; each payload ends with a sync flush (00 00 ff ff), as Discord does.
      const deflate = createDeflate({ flush: zlibConstants.Z_SYNC_FLUSH });
      deflate.on('data', (chunk: Buffer) => {
        if (this.socket.readyState === this.socket.OPEN) this.socket.send(chunk);
      });
      this.deflate = deflate;
    } else {
      this.deflate = null;
    }
  }

  send(frame: GatewayFrame): Promise<void> {
    const json = JSON.stringify(frame);
    if (this.socket.readyState !== this.socket.OPEN) return Promise.resolve();
    if (this.deflate !== null) {
      this.deflate.write(json);
      return Promise.resolve();
    }
    const data = this.identifyCompress && frame.op === Op.Dispatch ? deflateSync(json) : json;
    return new Promise((resolve) => this.socket.send(data, () => resolve()));
  }

  close(code: number, reason: string): void {
    this.deflate?.end();
    if (this.socket.readyState === this.socket.OPEN) this.socket.close(code, reason);
  }

  terminate(): void {
    this.deflate?.destroy();
    this.socket.terminate();
  }
}

class Session {
  seq = 0;
  connection: Connection | null = null;
  readonly sent: GatewayFrame[] = [];

  constructor(
    readonly id: string,
    readonly identify: IdentifyRecord,
  ) {}
}

export class Gateway extends EventEmitter {
  readonly identifies: IdentifyRecord[] = [];
  readonly deliveries: Delivery[] = [];
  readonly frames: LoggedFrame[] = [];
  readonly queries: ConnectQuery[] = [];
  heartbeats = 0;
  resumes = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private sessionCounter = 0;
  /** When set, every IDENTIFY is answered by closing with this code (e.g. 4011, sharding required). */
  identifyCloseCode: number | null = null;

  constructor(private readonly options: GatewayOptions) {
    super();
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, request));
  }

  /** Sessions that completed IDENTIFY (or RESUME) and have an open connection. */
  get readySessions(): number {
    return [...this.sessions.values()].filter((session) => session.connection !== null).length;
  }

  /**
   * Sends a dispatch to every live session. `shape` may adapt the payload to a session (intents) or return null
   * to skip it, as Discord does for events the session did not subscribe to. Returns how many sessions got it.
   */
  async dispatch(t: string, d: unknown, shape?: (intents: number) => unknown): Promise<number> {
    const guildId = isRecord(d) && typeof d.guild_id === 'string' ? d.guild_id : null;
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (session.connection === null) continue;
      // A guild's events go only to the shard that owns the guild.
      const [shardId, shardCount] = shardOf(session.identify);
      if (guildId !== null && shardFor(guildId, shardCount) !== shardId) continue;
      const data = shape === undefined ? d : shape(session.identify.intents);
      if (data === null) continue;
      await this.sendDispatch(session, t, data);
      this.deliveries.push({ t, sessionId: session.id, shard: [shardId, shardCount], guildId });
      delivered += 1;
    }
    return delivered;
  }

  private guilds(): readonly GatewayGuildCreateDispatchData[] {
    return this.options.guilds?.() ?? [this.options.scene.guild];
  }

  /** Asks every client to reconnect (op 7); discord.js then resumes its session. */
  requestReconnect(): void {
    for (const connection of this.connections)
      void this.send(connection, { op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** Closes every connection with the given code (e.g. 4000 to make clients resume). */
  dropConnections(code: number, reason = 'dropped by test'): void {
    for (const connection of this.connections) connection.close(code, reason);
  }

  /**
   * Closes connections with 4004, a code discord.js does not reconnect after, so a client the test forgot to
   * destroy stops instead of retrying a server that is gone; stragglers are terminated.
   */
  async close(): Promise<void> {
    const open = [...this.connections].filter((connection) => connection.socket.readyState === connection.socket.OPEN);
    const closed = open.map(
      (connection) => new Promise<void>((resolve) => connection.socket.once('close', () => resolve())),
    );
    for (const connection of open) connection.close(Close.AuthenticationFailed, 'Emulator shut down');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(closed), new Promise<void>((resolve) => (timer = setTimeout(resolve, 250)))]);
    clearTimeout(timer);
    for (const connection of this.connections) connection.terminate();
    this.connections.clear();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    const query: ConnectQuery = {
      v: url.searchParams.get('v'),
      encoding: url.searchParams.get('encoding'),
      compress: url.searchParams.get('compress'),
    };
    this.queries.push(query);
    const connection = new Connection(socket, query);
    this.connections.add(connection);
    socket.on('message', (data, isBinary) => void this.onMessage(connection, data, isBinary));
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => undefined);
    if (query.v !== '10') {
      connection.close(Close.InvalidApiVersion, 'Invalid API version');
      return;
    }
    if (query.encoding !== 'json') {
      // etf would need erlpack; discord.js only asks for it when erlpack is installed.
      connection.close(Close.DecodeError, 'Only json encoding is supported by the emulator');
      return;
    }
    void this.send(connection, {
      op: Op.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["discord-emulator",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    const session = connection.session;
    if (session === null || session.connection !== connection) return;
    session.connection = null;
    // A normal close ends the session; any other code (e.g. 4200 from discord.js) keeps it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
  }

  private async onMessage(connection: Connection, data: RawData, isBinary: boolean): Promise<void> {
    let frame: unknown;
    try {
      if (isBinary) throw new Error('binary');
      frame = JSON.parse(rawText(data));
    } catch {
      connection.close(Close.DecodeError, 'Decode error');
      return;
    }
    if (!isRecord(frame) || typeof frame.op !== 'number') {
      connection.close(Close.DecodeError, 'Decode error');
      return;
    }
    const op = frame.op;
    const d = frame.d;
    this.frames.push({
      at: Date.now(),
      direction: 'in',
      sessionId: connection.session?.id ?? null,
      op,
      d: op === Op.Identify || op === Op.Resume ? redactToken(d) : d,
      s: null,
      t: null,
    });
    switch (op) {
      case Op.Heartbeat:
        this.heartbeats += 1;
        await this.send(connection, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        await this.identify(connection, d);
        return;
      case Op.Resume:
        await this.resume(connection, d);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        if (connection.session === null) connection.close(Close.NotAuthenticated, 'Not authenticated');
        return;
      default:
        connection.close(Close.UnknownOpcode, 'Unknown opcode');
    }
  }

  private async identify(connection: Connection, d: unknown): Promise<void> {
    if (connection.session !== null) {
      connection.close(Close.AlreadyAuthenticated, 'Already authenticated');
      return;
    }
    if (!isRecord(d) || typeof d.token !== 'string' || typeof d.intents !== 'number') {
      connection.close(Close.DecodeError, 'Decode error');
      return;
    }
    const record: IdentifyRecord = {
      at: Date.now(),
      token: d.token,
      intents: d.intents,
      compress: d.compress === true,
      shard: d.shard,
      properties: d.properties,
      largeThreshold: d.large_threshold,
      presence: d.presence,
      query: connection.query,
    };
    this.identifies.push(record);
    this.emit('identify', record);
    if (!this.tokenAccepted(record.token)) {
      connection.close(Close.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (this.identifyCloseCode !== null) {
      connection.close(this.identifyCloseCode, 'Refused by test');
      return;
    }
    const [shardId, shardCount] = shardOf(record);
    const required = this.options.shards ?? 1;
    if (!Number.isInteger(shardId) || !Number.isInteger(shardCount) || shardId < 0 || shardId >= shardCount) {
      connection.close(4010, 'Invalid shard.');
      return;
    }
    if (shardCount < required) {
      connection.close(4011, 'Sharding required.');
      return;
    }
    const disallowed = record.intents & PRIVILEGED_INTENTS & ~this.options.privilegedIntents;
    if (disallowed !== 0) {
      connection.close(Close.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    connection.identifyCompress = record.compress;
    this.sessionCounter += 1;
    const sessionId = `emulated-session-${this.sessionCounter}`;
    const session = new Session(sessionId, record);
    session.connection = connection;
    connection.session = session;
    this.sessions.set(sessionId, session);
    const { scene } = this.options;
    const owned = this.guilds().filter((guild) => shardFor(guild.id, shardCount) === shardId);
    await this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...scene.botUser, verified: true, mfa_enabled: false, email: null },
      guilds: owned.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: this.options.gatewayUrl(),
      shard: Array.isArray(record.shard) ? record.shard : [0, 1],
      application: { id: scene.application.id, flags: scene.application.flags },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth: {},
      _trace: ['["discord-emulator",{"micros":0}]'],
    });
    // Without the Guilds intent Discord sends no GUILD_CREATE and discord.js does not wait for one.
    if ((record.intents & Intents.Guilds) !== 0)
      for (const guild of owned) await this.sendDispatch(session, 'GUILD_CREATE', guild);
    this.emit('ready', sessionId);
  }

  private async resume(connection: Connection, d: unknown): Promise<void> {
    this.resumes += 1;
    const session = isRecord(d) && typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const token = isRecord(d) && typeof d.token === 'string' ? d.token : '';
    const seq = isRecord(d) && typeof d.seq === 'number' ? d.seq : 0;
    if (session === undefined || !this.tokenAccepted(token) || token !== session.identify.token) {
      await this.send(connection, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    session.connection?.close(4009, 'Session resumed elsewhere');
    session.connection = connection;
    connection.session = session;
    connection.identifyCompress = session.identify.compress;
    for (const frame of session.sent.filter((sent) => (sent.s ?? 0) > seq)) await this.send(connection, frame);
    await this.sendDispatch(session, 'RESUMED', { _trace: ['["discord-emulator",{"micros":0}]'] });
    this.emit('resumed', session.id);
  }

  private tokenAccepted(token: string): boolean {
    return this.options.token === undefined || token === this.options.token;
  }

  private async sendDispatch(session: Session, t: string, d: unknown): Promise<void> {
    session.seq += 1;
    const frame: GatewayFrame = { op: Op.Dispatch, t, s: session.seq, d };
    session.sent.push(frame);
    // Only recent events are replayable on RESUME, like Discord's buffer.
    if (session.sent.length > 1000) session.sent.shift();
    if (session.connection !== null) await this.send(session.connection, frame);
  }

  private send(connection: Connection, frame: GatewayFrame): Promise<void> {
    this.frames.push({ ...frame, at: Date.now(), direction: 'out', sessionId: connection.session?.id ?? null });
    return connection.send(frame);
  }
}

/** The [shard_id, num_shards] a session identified with; [0, 1] without a shard field, as Discord reads it. */
function shardOf(record: IdentifyRecord): [number, number] {
  const shard = record.shard;
  if (Array.isArray(shard) && typeof shard[0] === 'number' && typeof shard[1] === 'number') return [shard[0], shard[1]];
  return [0, 1];
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function redactToken(d: unknown): unknown {
  return isRecord(d) && typeof d.token === 'string' ? { ...d, token: '[token]' } : d;
}
