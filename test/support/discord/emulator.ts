// Entry point of the Discord emulator: one HTTP server on 127.0.0.1 serving REST under /api/v10 and the gateway
// (WebSocket upgrade on the same port), plus the test API that drives a real discord.js client and records requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { sign as signEd25519, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { APIMessage, GatewayGuildCreateDispatchData, GatewayMessageCreateDispatchData } from 'discord.js';
import { Gateway, Intents, shardFor, type Delivery, type IdentifyRecord } from './gateway.ts';
import { lowerCaseHeaders, matchTemplate, readBody, type UploadedFile } from './http.ts';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageCommandInteraction,
  userMessage,
  type AutocompleteOption,
  type CommandOption,
  type GuildInteraction,
  type UserMessageInput,
} from './payloads.ts';
import { RestApi, type InteractionState, type Violation } from './rest.ts';
import { createScene, type Scene, type SceneOptions } from './scene.ts';
import { snowflake } from './snowflake.ts';

export { Intents } from './gateway.ts';
export type { Delivery, IdentifyRecord } from './gateway.ts';
export { shardFor } from './gateway.ts';
export type { InteractionState, Violation } from './rest.ts';
export type { UploadedFile } from './http.ts';

export interface EmulatorOptions {
  readonly scene?: SceneOptions;
  /** When set, only this bot token is accepted (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
  readonly token?: string;
  /** HELLO heartbeat interval; discord.js beats at this pace (default 41250 ms, as Discord). */
  readonly heartbeatIntervalMs?: number;
  /** Privileged intents enabled for the application (default none: IDENTIFY with them closes with 4014). */
  readonly privilegedIntents?: number;
  /** How long after dispatch the first interaction callback is accepted (default 3000 ms, as Discord). */
  readonly interactionDeadlineMs?: number;
  /** Shards Discord recommends (GET /gateway/bot, default 1); over 1, IDENTIFY must carry a shard. */
  readonly shards?: number;
  /** How many guilds the bot is in (default 1: the scene's guild); the extra ones fall on the other shards in turn. */
  readonly guilds?: number;
}

export interface RecordedRequest {
  readonly seq: number;
  /** Arrival time, epoch milliseconds with sub-millisecond precision. */
  readonly at: number;
  readonly method: string;
  /** The request target as received, e.g. `/api/v10/channels/1/messages?limit=5`. */
  readonly url: string;
  /** Path below `/api/v10` without the query, e.g. `/channels/1/messages`. */
  readonly path: string;
  /** Matched route, e.g. `POST /channels/:channelId/messages`; null for unknown routes. */
  readonly route: string | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON body, or the `payload_json` part of a multipart body. */
  readonly body: unknown;
  readonly files: readonly UploadedFile[];
  readonly status: number;
  readonly response: unknown;
  /** Set when the emulator rejected the request the way Discord would (validation, double ack, late ack, auth). */
  readonly violation: Violation | null;
  /** Set when the response was an injected 429. */
  readonly rateLimited: boolean;
  readonly interactionId: string | null;
}

/** Discord's PING to an Interactions Endpoint URL (sent when the URL is saved, and from time to time). */
export interface HttpPing {
  readonly id: string;
  readonly application_id: string;
  readonly type: 1;
  readonly token: string;
  readonly version: 1;
}

export interface HttpSigning {
  /** The application's Ed25519 private key (the bot is given the public half as DISCORD_PUBLIC_KEY). */
  readonly privateKey: KeyObject;
  /** Override: a wrong signature, or null to leave the header out. */
  readonly signature?: string | null;
  /** Override: unix seconds as a string (e.g. a stale one), or null to leave the header out. */
  readonly timestamp?: string | null;
  /** Override the raw body sent (the signature is still over the payload's JSON). */
  readonly body?: string;
}

export interface HttpDelivery {
  readonly status: number;
  /** Parsed JSON, or the raw text when the answer is not JSON. */
  readonly body: unknown;
  readonly contentType: string | null;
}

export interface RateLimitRule {
  readonly method?: string;
  /** A route template (`/channels/:channelId/messages`), an exact path, or a RegExp tested on the path. */
  readonly route: string | RegExp;
  /** How many matching requests get a 429 (default 1). */
  readonly times?: number;
  /** Seconds the client must wait; sent in `retry-after` as is, fractions included (default 0.25). */
  readonly retryAfter?: number;
  readonly global?: boolean;
  readonly scope?: 'user' | 'global' | 'shared';
}

interface ActiveRateLimit {
  readonly rule: RateLimitRule;
  remaining: number;
}

export interface FailRule {
  readonly method?: string;
  /** A route template (`/webhooks/:applicationId/:token`), an exact path, or a RegExp tested on the path. */
  readonly route: string | RegExp;
  /** How many matching requests fail (default 1). */
  readonly times?: number;
  /** HTTP status (default 500). */
  readonly status?: number;
}

interface ActiveFailure {
  readonly rule: FailRule;
  remaining: number;
}

interface Waiter {
  readonly predicate: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
  readonly cancel: () => void;
}

const API_PREFIX = '/api/v10';

export function now(): number {
  return performance.timeOrigin + performance.now();
}

export class DiscordEmulator {
  readonly scene: Scene;
  readonly requests: RecordedRequest[] = [];
  private readonly rest: RestApi;
  private readonly gateway: Gateway;
  private readonly rateLimits: ActiveRateLimit[] = [];
  private readonly failures: ActiveFailure[] = [];
  private readonly waiters = new Set<Waiter>();
  private port = 0;
  /** Every guild the bot is in: the scene's first. */
  readonly guilds: readonly GatewayGuildCreateDispatchData[];

  private constructor(
    private readonly server: Server,
    options: EmulatorOptions,
  ) {
    this.scene = createScene(options.scene);
    this.guilds = [this.scene.guild, ...extraGuilds(this.scene.guild, (options.guilds ?? 1) - 1, options.shards ?? 1)];
    this.gateway = new Gateway({
      guilds: () => this.guilds,
      ...(options.shards === undefined ? {} : { shards: options.shards }),
      scene: this.scene,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      privilegedIntents: options.privilegedIntents ?? 0,
      token: options.token,
      gatewayUrl: () => this.gatewayUrl,
    });
    this.rest = new RestApi({
      scene: this.scene,
      token: options.token,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      gatewayUrl: () => this.gatewayUrl,
      ...(options.shards === undefined ? {} : { shards: options.shards }),
    });
    server.on(
      'request',
      (request: IncomingMessage, response: ServerResponse) => void this.onRequest(request, response),
    );
    server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) =>
      this.gateway.handleUpgrade(request, socket, head),
    );
  }

  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const server = createServer();
    const emulator = new DiscordEmulator(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    emulator.port = (server.address() as AddressInfo).port;
    return emulator;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What discord.js needs as `rest.api` (it appends `/v10` itself): `http://127.0.0.1:PORT/api`. */
  get apiBase(): string {
    return `${this.origin}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Each dispatch and the shard session it went to (a guild's events reach only the shard owning the guild). */
  get deliveries(): readonly Delivery[] {
    return this.gateway.deliveries;
  }

  /** The same interaction, happening in another of the bot's guilds (its own channel). */
  inGuild<T extends GuildInteraction>(payload: T, guild: GatewayGuildCreateDispatchData): T {
    const channel = guild.channels[0];
    if (channel === undefined) throw new Error(`guild ${guild.id} has no channel`);
    return {
      ...payload,
      guild_id: guild.id,
      channel_id: channel.id,
      channel: { ...payload.channel, id: channel.id, guild_id: guild.id },
    };
  }

  /** Every IDENTIFY received (token, intents, properties, compress, and the connect query). */
  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies;
  }

  get heartbeats(): number {
    return this.gateway.heartbeats;
  }

  get resumes(): number {
    return this.gateway.resumes;
  }

  /** Requests rejected as Discord would reject them; a well-behaved bot leaves this empty. */
  get violations(): readonly RecordedRequest[] {
    return this.requests.filter((request) => request.violation !== null);
  }

  /** Requests to routes the emulator (and Discord, as far as the bot is concerned) does not have. */
  get unknownRoutes(): readonly RecordedRequest[] {
    return this.requests.filter((request) => request.route === null);
  }

  get messages(): ReadonlyMap<string, APIMessage> {
    return this.rest.messages;
  }

  get interactions(): ReadonlyMap<string, InteractionState> {
    return this.rest.interactions;
  }

  get globalCommands(): readonly unknown[] {
    return this.rest.globalCommands;
  }

  guildCommands(guildId: string = this.scene.guild.id): readonly unknown[] {
    return this.rest.guildCommands.get(guildId) ?? [];
  }

  /** Milliseconds from dispatch to the first accepted callback, or undefined if the bot has not acknowledged. */
  responseLatency(interactionId: string): number | undefined {
    const state = this.rest.interactions.get(interactionId);
    return state === undefined || state.acknowledged === null ? undefined : state.acknowledged.at - state.dispatchedAt;
  }

  /** Dispatch-to-first-accepted-callback times of every acknowledged interaction, in dispatch order. */
  responseLatencies(): { readonly interactionId: string; readonly ms: number }[] {
    return [...this.rest.interactions.values()].flatMap((state) =>
      state.acknowledged === null ? [] : [{ interactionId: state.id, ms: state.acknowledged.at - state.dispatchedAt }],
    );
  }

  /** Resolves once a client has identified and received READY (and GUILD_CREATE when it has the Guilds intent). */
  waitForReady(timeoutMs = 5000): Promise<void> {
    if (this.gateway.readySessions > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.gateway.off('ready', onReady);
        reject(new Error(`no client became ready within ${timeoutMs} ms`));
      }, timeoutMs);
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.gateway.once('ready', onReady);
    });
  }

  /** The first recorded request (past or future) matching `predicate`. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 2000): Promise<RecordedRequest> {
    const existing = this.requests.find(predicate);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(request);
        },
        cancel: () => {
          clearTimeout(timer);
          reject(new Error('the emulator was closed while waiting for a request'));
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.requests.map((request) => `${request.method} ${request.path} -> ${request.status}`);
        reject(new Error(`no matching request within ${timeoutMs} ms; recorded: ${seen.join(', ') || 'none'}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The first accepted (2xx) interaction callback for an interaction. */
  waitForCallback(interactionId: string, timeoutMs = 3500): Promise<RecordedRequest> {
    return this.waitFor(
      (request) =>
        request.interactionId === interactionId &&
        request.route === 'POST /interactions/:interactionId/:token/callback' &&
        request.status < 300,
      timeoutMs,
    );
  }

  /** Makes the next `times` requests matching the rule answer 429 with Discord's headers and body. */
  rateLimit(rule: RateLimitRule): void {
    this.rateLimits.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Dispatches INTERACTION_CREATE; the 3-second clock starts now. */
  async sendInteraction(payload: GuildInteraction): Promise<InteractionState> {
    const state = this.prepareInteraction(payload);
    const delivered = await this.gateway.dispatch('INTERACTION_CREATE', payload);
    if (delivered === 0) throw new Error('no gateway session is connected to receive the interaction');
    return state;
  }

  /**
   * Delivers an interaction as Discord does to an Interactions Endpoint URL (HTTP mode): a POST signed with
   * Ed25519 over timestamp + body. A 200 JSON answer is applied as the interaction's callback and recorded under the
   * callback route (url `http-response`), so waitForCallback, responseMessage and the webhook follow-up and edit
   * routes work as after a gateway interaction. `signature`/`timestamp` override the correct ones (null: no header).
   */
  async postInteraction(
    endpoint: string,
    payload: GuildInteraction | HttpPing,
    signing: HttpSigning,
  ): Promise<HttpDelivery> {
    const state = payload.type === 1 ? null : this.prepareInteraction(payload);
    const body = JSON.stringify(payload);
    const timestamp = signing.timestamp === undefined ? String(Math.floor(Date.now() / 1000)) : signing.timestamp;
    const signature =
      signing.signature === undefined
        ? signEd25519(null, Buffer.from((timestamp ?? '') + body), signing.privateKey).toString('hex')
        : signing.signature;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
    };
    if (signature !== null) headers['x-signature-ed25519'] = signature;
    if (timestamp !== null) headers['x-signature-timestamp'] = timestamp;
    const response = await fetch(endpoint, { method: 'POST', headers, body: signing.body ?? body });
    const text = await response.text();
    let answer: unknown = text;
    try {
      answer = JSON.parse(text);
    } catch {
      // Not JSON: kept as text (e.g. a plain 401 body).
    }
    if (state !== null && response.status === 200) this.applyHttpResponse(state, answer);
    return { status: response.status, body: answer, contentType: response.headers.get('content-type') };
  }

  private applyHttpResponse(state: InteractionState, answer: unknown): void {
    const at = now();
    const path = `/interactions/${state.id}/${state.token}/callback`;
    const json = JSON.stringify(answer);
    const { route, params, reply } = this.rest.handle('POST', path, {
      method: 'POST',
      query: new URLSearchParams(),
      headers: {},
      body: { json: JSON.parse(json), files: [], malformed: false },
      at,
    });
    this.record({
      seq: this.requests.length + 1,
      at,
      method: 'POST',
      url: 'http-response',
      path,
      query: {},
      headers: {},
      body: answer,
      files: [],
      route,
      params,
      status: reply.status,
      response: reply.body,
      violation: reply.violation ?? null,
      rateLimited: false,
      interactionId: reply.interactionId ?? state.id,
    });
  }

  private prepareInteraction(payload: GuildInteraction): InteractionState {
    if (payload.type === 3 && !this.rest.messages.has(payload.message.id)) this.rest.storeMessage(payload.message);
    if (payload.type === 2 && payload.data.type === 3) {
      for (const message of Object.values(payload.data.resolved.messages)) {
        if (!this.rest.messages.has(message.id)) this.rest.storeMessage(message);
      }
    }
    return this.rest.registerInteraction(payload, now());
  }

  /**
   * Dispatches MESSAGE_CREATE with Discord's intent rules: guild messages need GuildMessages; without the
   * MessageContent intent, content, embeds, attachments and components are emptied unless the bot is mentioned.
   * Returns how many sessions received it.
   */
  async sendMessage(message: GatewayMessageCreateDispatchData): Promise<number> {
    this.rest.storeMessage(message);
    const botId = this.scene.botUser.id;
    const addressed = message.author.id === botId || message.mentions.some((user) => user.id === botId);
    return this.gateway.dispatch('MESSAGE_CREATE', message, (intents) => {
      if (message.guild_id !== undefined && (intents & Intents.GuildMessages) === 0) return null;
      if ((intents & Intents.MessageContent) !== 0 || addressed) return message;
      return { ...message, content: '', embeds: [], attachments: [], components: [] };
    });
  }

  /** Sends any dispatch event as is, e.g. `dispatch('GUILD_UPDATE', {...})`. */
  dispatch(event: string, data: unknown): Promise<number> {
    return this.gateway.dispatch(event, data);
  }

  /** Sends op 7 RECONNECT; discord.js reconnects and RESUMEs. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /**
   * Answers every later IDENTIFY by closing the connection with `code` (after the token check), as Discord does
   * with 4010–4014 for a bad shard, sharding, API version or intents; null accepts IDENTIFY again.
   */
  refuseIdentify(code: number | null): void {
    this.gateway.identifyCloseCode = code;
  }

  /**
   * Makes the next `times` requests matching the rule fail with `status` (default 500) and Discord's error body,
   * as during an outage. @discordjs/rest retries a 5xx up to 3 times, so `times: 4` fails one call for good.
   */
  failRequests(rule: FailRule): void {
    this.failures.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Closes the gateway connections with `code` (e.g. 4000: the client resumes). */
  dropGateway(code = 4000): void {
    this.gateway.dropConnections(code);
  }

  /** Payload builders bound to this emulator's scene (and to the ids of commands the bot registered). */
  readonly build = {
    chatInput: (name: string, options?: CommandOption[]): GuildInteraction =>
      chatInputInteraction(this.scene, {
        name,
        ...(options === undefined ? {} : { options }),
        ...this.commandId(name, 1),
      }),
    autocomplete: (name: string, options: AutocompleteOption[]): GuildInteraction =>
      autocompleteInteraction(this.scene, { name, options, ...this.commandId(name, 1) }),
    /** A click on a button the bot sent; defaults to the newest stored message that has it. */
    button: (customId: string, message?: APIMessage): GuildInteraction => {
      const target = message ?? this.newestMessageWithComponent(customId);
      if (target === undefined) throw new Error(`no message with a component "${customId}" was sent`);
      return buttonInteraction(this.scene, { customId, message: target });
    },
    messageCommand: (name: string, target: APIMessage): GuildInteraction =>
      messageCommandInteraction(this.scene, { name, target, ...this.commandId(name, 3) }),
    userMessage: (content: string, options: Omit<UserMessageInput, 'content'> = {}): GatewayMessageCreateDispatchData =>
      userMessage(this.scene, { ...options, content }),
  };

  async close(): Promise<void> {
    for (const waiter of this.waiters) waiter.cancel();
    this.waiters.clear();
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private commandId(name: string, type: number): { commandId?: string } {
    const commands = [...this.rest.globalCommands, ...(this.rest.guildCommands.get(this.scene.guild.id) ?? [])];
    const found = commands.find((command) => command.name === name && command.type === type);
    return found === undefined ? {} : { commandId: found.id };
  }

  private newestMessageWithComponent(customId: string): APIMessage | undefined {
    const hasId = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.some(hasId)
        : typeof value === 'object' && value !== null
          ? Object.entries(value).some(([key, inner]) => (key === 'custom_id' ? inner === customId : hasId(inner)))
          : false;
    return [...this.rest.messages.values()].reverse().find((message) => hasId(message.components ?? []));
  }

  private matchRateLimit(method: string, path: string): ActiveRateLimit | undefined {
    return this.rateLimits.find(({ rule, remaining }) => remaining > 0 && ruleMatches(rule, method, path));
  }

  private matchFailure(method: string, path: string): ActiveFailure | undefined {
    return this.failures.find(({ rule, remaining }) => remaining > 0 && ruleMatches(rule, method, path));
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = now();
    const method = (request.method ?? 'GET').toUpperCase();
    const target = request.url ?? '/';
    const url = new URL(target, this.origin);
    const body = await readBody(request);
    const headers = lowerCaseHeaders(request);
    const query = Object.fromEntries(url.searchParams);
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    const path = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const base = {
      seq: this.requests.length + 1,
      at,
      method,
      url: target,
      path,
      query,
      headers,
      body: body.json,
      files: body.files,
    };

    const limited = versioned ? this.matchRateLimit(method, path) : undefined;
    if (limited !== undefined) {
      limited.remaining -= 1;
      const retryAfter = limited.rule.retryAfter ?? 0.25;
      const global = limited.rule.global ?? false;
      const payload = { message: 'You are being rate limited.', retry_after: retryAfter, global };
      const rateHeaders: Record<string, string> = {
        'retry-after': String(retryAfter),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': retryAfter.toFixed(3),
        'x-ratelimit-bucket': `emulated-${method}-${path.split('/')[1] ?? ''}`,
        'x-ratelimit-scope': limited.rule.scope ?? (global ? 'global' : 'user'),
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
      };
      const matched = this.rest.match(method, path);
      this.record({
        ...base,
        route: matched?.route ?? null,
        params: matched?.params ?? {},
        status: 429,
        response: payload,
        violation: null,
        rateLimited: true,
        interactionId: null,
      });
      this.write(response, 429, payload, rateHeaders);
      return;
    }

    const failed = versioned ? this.matchFailure(method, path) : undefined;
    if (failed !== undefined) {
      failed.remaining -= 1;
      const status = failed.rule.status ?? 500;
      const payload = { message: `${status}: Internal Server Error`, code: 0 };
      const matched = this.rest.match(method, path);
      this.record({
        ...base,
        route: matched?.route ?? null,
        params: matched?.params ?? {},
        status,
        response: payload,
        violation: null,
        rateLimited: false,
        interactionId: null,
      });
      this.write(response, status, payload);
      return;
    }

    if (!versioned) {
      const payload = { message: '404: Not Found', code: 0 };
      this.record({
        ...base,
        route: null,
        params: {},
        status: 404,
        response: payload,
        violation: null,
        rateLimited: false,
        interactionId: null,
      });
      this.write(response, 404, payload);
      return;
    }
    const { route, params, reply } = this.rest.handle(method, path, {
      method,
      query: url.searchParams,
      headers,
      body,
      at,
    });
    this.record({
      ...base,
      route,
      params,
      status: reply.status,
      response: reply.body,
      violation: reply.violation ?? null,
      rateLimited: false,
      interactionId: reply.interactionId ?? null,
    });
    this.write(response, reply.status, reply.body);
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(request)) waiter.resolve(request);
    }
  }

  private write(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (body === undefined || status === 204) {
      response.writeHead(status, headers).end();
      return;
    }
    const json = JSON.stringify(body);
    response
      .writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
      .end(json);
  }
}

function ruleMatches(
  rule: { readonly method?: string; readonly route: string | RegExp },
  method: string,
  path: string,
): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
  if (rule.route instanceof RegExp) return rule.route.test(path);
  return rule.route.includes(':') ? matchTemplate(rule.route, path) !== null : rule.route === path;
}

/**
 * `count` more guilds like the scene's (own id, name and text channel), each on the next shard after the previous
 * guild's, so with N shards and N guilds every shard owns one.
 */
function extraGuilds(
  first: GatewayGuildCreateDispatchData,
  count: number,
  shards: number,
): GatewayGuildCreateDispatchData[] {
  const made: GatewayGuildCreateDispatchData[] = [];
  for (let k = 1; k <= count; k++) {
    const wanted = (shardFor(first.id, shards) + k) % shards;
    let id = snowflake();
    for (let at = Date.now() - 29 * 24 * 3600 * 1000; shardFor(id, shards) !== wanted; at += 1) id = snowflake(at);
    const channelId = snowflake();
    const channels = first.channels.map((channel) => ({ ...channel, id: channelId, guild_id: id }));
    const roles = first.roles.map((role) => (role.id === first.id ? { ...role, id } : role));
    made.push({ ...first, id, name: `${first.name} ${k + 1}`, channels, roles, system_channel_id: channelId });
  }
  return made;
}
