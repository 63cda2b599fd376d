// The emulator's REST API (/api/v10): the routes a bot uses to answer interactions, post messages and register
// commands, with Discord's validation, error bodies and interaction rules (acknowledge once, within 3 seconds).
import { InteractionResponseType, InteractionType, MessageFlags, MessageType } from 'discord.js';
import type {
  APIApplicationCommand,
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageTopLevelComponent,
  APIUser,
} from 'discord.js';
import { matchTemplate, type ParsedBody, type UploadedFile } from './http.ts';
import { makeMessage, type GuildInteraction } from './payloads.ts';
import type { Scene } from './scene.ts';
import { snowflake } from './snowflake.ts';
import {
  isRecord,
  nestErrors,
  validateAutocompleteChoices,
  validateCommands,
  validateMessageBody,
  type FieldError,
} from './validate.ts';

/** Why Discord rejected a request; recorded so tests can assert that none happened. */
export interface Violation {
  readonly status: number;
  readonly code: number;
  readonly message: string;
  readonly errors: readonly FieldError[];
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly violation?: Violation;
  /** Which interaction the request answered, if any. */
  readonly interactionId?: string;
}

export interface RestRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ParsedBody;
  readonly at: number;
}

export interface InteractionState {
  readonly id: string;
  readonly token: string;
  readonly payload: GuildInteraction;
  readonly dispatchedAt: number;
  /** Time and callback type of the first accepted callback; null until the bot acknowledges. */
  acknowledged: { readonly at: number; readonly type: number } | null;
  /** The message `@original` refers to: the response message, or the clicked message for component updates. */
  originalMessageId: string | null;
  /** Whether the original (deferred, loading) message has received its content yet. */
  originalFilled: boolean;
  readonly followUpIds: string[];
}

export interface RestOptions {
  readonly scene: Scene;
  readonly token: string | undefined;
  readonly interactionDeadlineMs: number;
  readonly gatewayUrl: () => string;
  /** Recommended shard count for GET /gateway/bot (default 1); max_concurrency matches it. */
  readonly shards?: number;
}

type Handler = (request: RestRequest) => Reply;

interface Route {
  readonly method: string;
  readonly template: string;
  readonly auth: boolean;
  readonly handler: Handler;
}

const WEBHOOK_TOKEN_LIFETIME_MS = 15 * 60 * 1000;
const EDITABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;
const CREATE_FLAGS =
  MessageFlags.Ephemeral |
  MessageFlags.SuppressEmbeds |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

export function discordError(status: number, code: number, message: string, errors: readonly FieldError[] = []): Reply {
  const body = errors.length === 0 ? { message, code } : { message, code, errors: nestErrors(errors) };
  return { status, body, violation: { status, code, message, errors } };
}

function invalidForm(errors: readonly FieldError[], prefix: readonly (string | number)[] = []): Reply {
  const placed = errors.map((error) => ({ ...error, path: [...prefix, ...error.path] }));
  return discordError(400, 50035, 'Invalid Form Body', placed);
}

/** Empty messages get their own code, like Discord's 50006; other failures are 50035 form errors. */
function messageErrors(errors: readonly FieldError[], prefix: readonly (string | number)[] = []): Reply | null {
  const form = errors.filter((error) => error.code !== 'EMPTY_MESSAGE');
  if (form.length > 0) return invalidForm(form, prefix);
  if (errors.length > 0) return discordError(400, 50006, 'Cannot send an empty message');
  return null;
}

const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

export class RestApi {
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionState>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  private readonly routes: Route[];

  constructor(private readonly options: RestOptions) {
    this.routes = this.buildRoutes();
  }

  /** Runs the route for `path`; route null means no such route (404 or 405, as Discord answers). */
  handle(
    method: string,
    path: string,
    request: Omit<RestRequest, 'params'>,
  ): { route: string | null; params: Record<string, string>; reply: Reply } {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = matchTemplate(route.template, path);
      if (match === null) continue;
      const params = { ...match.params };
      pathMatched = true;
      if (route.method !== method) continue;
      const template = `${route.method} ${route.template}`;
      if (route.auth && !this.authorized(request.headers.authorization)) {
        return { route: template, params, reply: discordError(401, 0, '401: Unauthorized') };
      }
      if (request.body.malformed) {
        return { route: template, params, reply: discordError(400, 50109, 'The request body contains invalid JSON.') };
      }
      return { route: template, params, reply: route.handler({ ...request, params }) };
    }
    const reply = pathMatched
      ? { status: 405, body: { message: '405: Method Not Allowed', code: 0 } }
      : { status: 404, body: { message: '404: Not Found', code: 0 } };
    return { route: null, params: {}, reply };
  }

  /** The route template a request would hit, without running it. */
  match(method: string, path: string): { route: string; params: Record<string, string> } | null {
    for (const route of this.routes) {
      const match = route.method === method ? matchTemplate(route.template, path) : null;
      if (match !== null) return { route: `${route.method} ${route.template}`, params: { ...match.params } };
    }
    return null;
  }

  registerInteraction(payload: GuildInteraction, dispatchedAt: number): InteractionState {
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      payload,
      dispatchedAt,
      acknowledged: null,
      originalMessageId: null,
      originalFilled: false,
      followUpIds: [],
    };
    this.interactions.set(payload.id, state);
    return state;
  }

  storeMessage(message: APIMessage): void {
    this.messages.set(message.id, message);
  }

  private authorized(header: string | undefined): boolean {
    if (header === undefined || !header.startsWith('Bot ')) return false;
    return this.options.token === undefined || header === `Bot ${this.options.token}`;
  }

  private buildRoutes(): Route[] {
    const { scene } = this.options;
    const route = (method: string, template: string, handler: Handler, auth = true): Route => ({
      method,
      template,
      auth,
      handler,
    });
    return [
      route('GET', '/gateway', () => ({ status: 200, body: { url: this.options.gatewayUrl() } }), false),
      route('GET', '/gateway/bot', () => ({
        status: 200,
        body: {
          url: this.options.gatewayUrl(),
          shards: this.options.shards ?? 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: this.options.shards ?? 1,
          },
        },
      })),
      route('GET', '/users/@me', () => ({
        status: 200,
        body: { ...scene.botUser, verified: true, mfa_enabled: false },
      })),
      route('GET', '/applications/@me', () => ({ status: 200, body: this.applicationObject() })),
      route('GET', '/oauth2/applications/@me', () => ({ status: 200, body: this.applicationObject() })),
      route('GET', '/applications/:applicationId/commands', (r) => this.listCommands(r, null)),
      route('PUT', '/applications/:applicationId/commands', (r) => this.overwriteCommands(r, null)),
      route('GET', '/applications/:applicationId/guilds/:guildId/commands', (r) =>
        this.listCommands(r, r.params.guildId ?? ''),
      ),
      route('PUT', '/applications/:applicationId/guilds/:guildId/commands', (r) =>
        this.overwriteCommands(r, r.params.guildId ?? ''),
      ),
      route('POST', '/interactions/:interactionId/:token/callback', (r) => this.callback(r), false),
      route('POST', '/webhooks/:applicationId/:token', (r) => this.followUp(r), false),
      route('GET', '/webhooks/:applicationId/:token/messages/:messageId', (r) => this.webhookMessage(r, 'get'), false),
      route(
        'PATCH',
        '/webhooks/:applicationId/:token/messages/:messageId',
        (r) => this.webhookMessage(r, 'edit'),
        false,
      ),
      route(
        'DELETE',
        '/webhooks/:applicationId/:token/messages/:messageId',
        (r) => this.webhookMessage(r, 'delete'),
        false,
      ),
      route('GET', '/channels/:channelId', (r) => this.withChannel(r, () => ({ status: 200, body: scene.channel }))),
      route('GET', '/channels/:channelId/messages', (r) => this.withChannel(r, () => this.listMessages(r))),
      route('POST', '/channels/:channelId/messages', (r) => this.withChannel(r, () => this.createChannelMessage(r))),
      route('GET', '/channels/:channelId/messages/:messageId', (r) =>
        this.withChannel(r, () => this.channelMessage(r, 'get')),
      ),
      route('PATCH', '/channels/:channelId/messages/:messageId', (r) =>
        this.withChannel(r, () => this.channelMessage(r, 'edit')),
      ),
      route('DELETE', '/channels/:channelId/messages/:messageId', (r) =>
        this.withChannel(r, () => this.channelMessage(r, 'delete')),
      ),
      route('POST', '/channels/:channelId/typing', (r) => this.withChannel(r, () => ({ status: 204 }))),
      route('GET', '/guilds/:guildId', (r) => this.withGuild(r, () => ({ status: 200, body: this.guildObject() }))),
      route('GET', '/guilds/:guildId/channels', (r) =>
        this.withGuild(r, () => ({ status: 200, body: [scene.channel] })),
      ),
      route('GET', '/guilds/:guildId/members/:userId', (r) =>
        this.withGuild(r, () => {
          const member = scene.guild.members.find((candidate) => candidate.user?.id === r.params.userId);
          return member === undefined ? discordError(404, 10007, 'Unknown Member') : { status: 200, body: member };
        }),
      ),
    ];
  }

  private applicationObject(): Record<string, unknown> {
    const { scene } = this.options;
    return {
      id: scene.application.id,
      name: scene.application.name,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: scene.application.flags,
      team: null,
      owner: scene.user,
      bot: scene.botUser,
      approximate_guild_count: 1,
      integration_types_config: { '0': {} },
      install_params: { scopes: ['bot', 'applications.commands'], permissions: scene.appPermissions },
    };
  }

  private guildObject(): Record<string, unknown> {
    const {
      members: _members,
      channels: _channels,
      threads: _threads,
      presences: _presences,
      voice_states: _voice,
      ...guild
    } = this.options.scene.guild;
    return guild;
  }

  private withChannel(request: RestRequest, then: () => Reply): Reply {
    if (request.params.channelId !== this.options.scene.channel.id) return discordError(404, 10003, 'Unknown Channel');
    return then();
  }

  private withGuild(request: RestRequest, then: () => Reply): Reply {
    if (request.params.guildId !== this.options.scene.guild.id) return discordError(404, 10004, 'Unknown Guild');
    return then();
  }

  private checkApplication(request: RestRequest): Reply | null {
    return request.params.applicationId === this.options.scene.application.id
      ? null
      : discordError(403, 50001, 'Missing Access');
  }

  private listCommands(request: RestRequest, guildId: string | null): Reply {
    const denied = this.checkApplication(request);
    if (denied !== null) return denied;
    if (guildId !== null && guildId !== this.options.scene.guild.id) return discordError(403, 50001, 'Missing Access');
    return { status: 200, body: guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []) };
  }

  private overwriteCommands(request: RestRequest, guildId: string | null): Reply {
    const denied = this.checkApplication(request);
    if (denied !== null) return denied;
    if (guildId !== null && guildId !== this.options.scene.guild.id) return discordError(403, 50001, 'Missing Access');
    const errors = validateCommands(request.body.json);
    if (errors.length > 0 || !Array.isArray(request.body.json)) return invalidForm(errors);
    const existing = guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    // Like Discord, a command keeps its id when it is overwritten under the same name and type.
    const commands = request.body.json.filter(isRecord).map((input): APIApplicationCommand => {
      const type = typeof input.type === 'number' ? input.type : 1;
      const previous = existing.find((command) => command.name === input.name && command.type === type);
      return {
        ...input,
        id: previous?.id ?? snowflake(),
        application_id: this.options.scene.application.id,
        version: snowflake(),
        type,
        name: String(input.name),
        description: typeof input.description === 'string' ? input.description : '',
        default_member_permissions:
          typeof input.default_member_permissions === 'string' ? input.default_member_permissions : null,
        nsfw: input.nsfw === true,
        ...(guildId === null ? {} : { guild_id: guildId }),
      } as APIApplicationCommand;
    });
    if (guildId === null) this.globalCommands.splice(0, this.globalCommands.length, ...commands);
    else this.guildCommands.set(guildId, commands);
    return { status: 200, body: commands };
  }

  private callback(request: RestRequest): Reply {
    const interaction = this.interactions.get(request.params.interactionId ?? '');
    if (interaction === undefined || interaction.token !== request.params.token) {
      return discordError(404, 10062, 'Unknown interaction');
    }
    const answered = (reply: Reply): Reply => ({ ...reply, interactionId: interaction.id });
    if (interaction.acknowledged !== null) {
      return answered(discordError(400, 40060, 'Interaction has already been acknowledged.'));
    }
    if (request.at - interaction.dispatchedAt > this.options.interactionDeadlineMs) {
      return answered(discordError(404, 10062, 'Unknown interaction'));
    }
    const body = request.body.json;
    const type = isRecord(body) ? body.type : undefined;
    const allowed = ALLOWED_CALLBACKS[interaction.payload.type] ?? [];
    if (typeof type !== 'number' || !allowed.includes(type)) {
      return answered(
        invalidForm([
          { path: ['type'], code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: 'Invalid interaction callback type' },
        ]),
      );
    }
    const data = isRecord(body) ? body.data : undefined;
    const invalid = this.callbackErrors(type, data, request.body.files.length);
    if (invalid !== null) return answered(invalid);

    interaction.acknowledged = { at: request.at, type };
    let message: APIMessage | null = null;
    if (type === InteractionResponseType.ChannelMessageWithSource) {
      message = this.createResponseMessage(interaction, data, request.body.files, false);
    } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      message = this.createResponseMessage(interaction, data, [], true);
    } else if (
      type === InteractionResponseType.UpdateMessage ||
      type === InteractionResponseType.DeferredMessageUpdate
    ) {
      const clicked =
        interaction.payload.type === InteractionType.MessageComponent ? interaction.payload.message : null;
      if (clicked !== null) {
        interaction.originalMessageId = clicked.id;
        interaction.originalFilled = true;
        if (!this.messages.has(clicked.id)) this.storeMessage(clicked);
        message = this.messages.get(clicked.id) ?? null;
        if (type === InteractionResponseType.UpdateMessage && message !== null) {
          message = this.editMessage(message, data, request.body.files);
        }
      }
    }
    if (request.query.get('with_response') !== 'true') return answered({ status: 204 });
    return answered({
      status: 200,
      body: {
        interaction: {
          id: interaction.id,
          type: interaction.payload.type,
          ...(message === null
            ? {}
            : {
                response_message_id: message.id,
                response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
                response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
              }),
        },
        resource: { type, ...(message === null ? {} : { message }) },
      },
    });
  }

  private callbackErrors(type: number, data: unknown, fileCount: number): Reply | null {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return messageErrors(validateMessageBody(data, 'create', fileCount), ['data']);
      case InteractionResponseType.UpdateMessage:
        return messageErrors(validateMessageBody(data, 'edit', fileCount), ['data']);
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errors = validateAutocompleteChoices(data);
        return errors.length > 0 ? invalidForm(errors) : null;
      }
      default:
        return null;
    }
  }

  private createResponseMessage(
    interaction: InteractionState,
    data: unknown,
    files: readonly UploadedFile[],
    deferred: boolean,
  ): APIMessage {
    const { scene } = this.options;
    const { payload } = interaction;
    const fields = isRecord(data) ? data : {};
    const flags = (typeof fields.flags === 'number' ? fields.flags : 0) & CREATE_FLAGS;
    const messageType =
      payload.type === InteractionType.ApplicationCommand
        ? payload.data.type === 1
          ? MessageType.ChatInputCommand
          : MessageType.ContextMenuCommand
        : MessageType.Default;
    const message = makeMessage({
      channelId: scene.channel.id,
      author: scene.botUser,
      webhookId: scene.application.id,
      applicationId: scene.application.id,
      type: messageType,
      flags: deferred ? flags | MessageFlags.Loading : flags,
      ...(deferred ? {} : messageContent(fields, files)),
      interactionMetadata: this.interactionMetadata(payload),
    });
    this.storeMessage(message);
    interaction.originalMessageId = message.id;
    interaction.originalFilled = !deferred;
    return message;
  }

  private interactionMetadata(payload: GuildInteraction): APIMessage['interaction_metadata'] {
    const base = {
      id: payload.id,
      user: payload.member.user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
    };
    if (payload.type === InteractionType.MessageComponent) {
      return { ...base, type: InteractionType.MessageComponent, interacted_message_id: payload.message.id };
    }
    return { ...base, type: InteractionType.ApplicationCommand };
  }

  private webhookInteraction(request: RestRequest): InteractionState | Reply {
    if (request.params.applicationId !== this.options.scene.application.id) {
      return discordError(404, 10015, 'Unknown Webhook');
    }
    const token = request.params.token;
    const interaction = [...this.interactions.values()].find((candidate) => candidate.token === token);
    if (interaction === undefined || request.at - interaction.dispatchedAt > WEBHOOK_TOKEN_LIFETIME_MS) {
      return discordError(401, 50027, 'Invalid Webhook Token');
    }
    return interaction;
  }

  private followUp(request: RestRequest): Reply {
    const found = this.webhookInteraction(request);
    if (!('token' in found)) return found;
    const interaction = found;
    const answered = (reply: Reply): Reply => ({ ...reply, interactionId: interaction.id });
    if (interaction.acknowledged === null) {
      // Discord only accepts follow-ups once the interaction has an initial response.
      return answered(discordError(404, 10015, 'Unknown Webhook'));
    }
    const invalid = messageErrors(validateMessageBody(request.body.json, 'create', request.body.files.length));
    if (invalid !== null) return answered(invalid);
    const fields = isRecord(request.body.json) ? request.body.json : {};
    const original =
      interaction.originalMessageId === null ? undefined : this.messages.get(interaction.originalMessageId);
    let message: APIMessage;
    if (original !== undefined && !interaction.originalFilled) {
      // Discord's documented quirk: after a deferred reply, the first follow-up replaces the loading message.
      message = this.editMessage(original, fields, request.body.files);
      interaction.originalFilled = true;
    } else {
      const flags = (typeof fields.flags === 'number' ? fields.flags : 0) & CREATE_FLAGS;
      message = makeMessage({
        channelId: this.options.scene.channel.id,
        author: this.options.scene.botUser,
        webhookId: this.options.scene.application.id,
        applicationId: this.options.scene.application.id,
        flags,
        ...messageContent(fields, request.body.files),
        interactionMetadata: this.interactionMetadata(interaction.payload),
      });
      this.storeMessage(message);
      interaction.followUpIds.push(message.id);
    }
    return answered(request.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 });
  }

  private webhookMessage(request: RestRequest, action: 'get' | 'edit' | 'delete'): Reply {
    const found = this.webhookInteraction(request);
    if (!('token' in found)) return found;
    const interaction = found;
    const answered = (reply: Reply): Reply => ({ ...reply, interactionId: interaction.id });
    const requested = request.params.messageId;
    const messageId = requested === '@original' ? interaction.originalMessageId : requested;
    const owned =
      messageId !== null &&
      messageId !== undefined &&
      (messageId === interaction.originalMessageId || interaction.followUpIds.includes(messageId));
    const message = owned ? this.messages.get(messageId) : undefined;
    if (message === undefined) return answered(discordError(404, 10008, 'Unknown Message'));
    if (action === 'get') return answered({ status: 200, body: message });
    if (action === 'delete') {
      this.messages.delete(message.id);
      return answered({ status: 204 });
    }
    const invalid = messageErrors(validateMessageBody(request.body.json, 'edit', request.body.files.length));
    if (invalid !== null) return answered(invalid);
    if (message.id === interaction.originalMessageId) interaction.originalFilled = true;
    return answered({ status: 200, body: this.editMessage(message, request.body.json, request.body.files) });
  }

  private editMessage(message: APIMessage, body: unknown, files: readonly UploadedFile[]): APIMessage {
    const fields = isRecord(body) ? body : {};
    const edited: APIMessage = {
      ...message,
      ...messageContent(fields, files, message.attachments),
      flags: editFlags(message.flags ?? 0, fields.flags),
      edited_timestamp: ((message.flags ?? 0) & MessageFlags.Loading) !== 0 ? null : new Date().toISOString(),
    };
    this.storeMessage(edited);
    return edited;
  }

  private listMessages(request: RestRequest): Reply {
    const limit = Math.min(100, Number(request.query.get('limit') ?? '50') || 50);
    const inChannel = [...this.messages.values()]
      .filter((message) => message.channel_id === request.params.channelId)
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    return { status: 200, body: inChannel.slice(0, limit) };
  }

  private createChannelMessage(request: RestRequest): Reply {
    const invalid = messageErrors(validateMessageBody(request.body.json, 'create', request.body.files.length));
    if (invalid !== null) return invalid;
    const fields = isRecord(request.body.json) ? request.body.json : {};
    const reference = isRecord(fields.message_reference) ? fields.message_reference : null;
    let referenced: APIMessage | null = null;
    if (reference !== null) {
      const referencedId = typeof reference.message_id === 'string' ? reference.message_id : '';
      referenced = this.messages.get(referencedId) ?? null;
      if (referenced === null && reference.fail_if_not_exists !== false) {
        return invalidForm([
          { path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' },
        ]);
      }
    }
    const flags = (typeof fields.flags === 'number' ? fields.flags : 0) & (CREATE_FLAGS & ~MessageFlags.Ephemeral);
    const message = makeMessage({
      channelId: request.params.channelId ?? '',
      author: this.options.scene.botUser,
      flags,
      ...messageContent(fields, request.body.files),
      ...(referenced === null
        ? {}
        : {
            messageReference: {
              message_id: referenced.id,
              channel_id: referenced.channel_id,
              guild_id: this.options.scene.guild.id,
            },
            referencedMessage: referenced,
            mentions: repliedMentions(referenced.author, fields.allowed_mentions),
          }),
    });
    this.storeMessage(message);
    return { status: 200, body: message };
  }

  private channelMessage(request: RestRequest, action: 'get' | 'edit' | 'delete'): Reply {
    const message = this.messages.get(request.params.messageId ?? '');
    if (message === undefined || message.channel_id !== request.params.channelId) {
      return discordError(404, 10008, 'Unknown Message');
    }
    if (action === 'get') return { status: 200, body: message };
    if (message.author.id !== this.options.scene.botUser.id) {
      if (action === 'edit') return discordError(403, 50005, 'Cannot edit a message authored by another user');
      return discordError(403, 50013, 'Missing Permissions');
    }
    if (action === 'delete') {
      this.messages.delete(message.id);
      return { status: 204 };
    }
    const invalid = messageErrors(validateMessageBody(request.body.json, 'edit', request.body.files.length));
    if (invalid !== null) return invalid;
    return { status: 200, body: this.editMessage(message, request.body.json, request.body.files) };
  }
}

function editFlags(current: number, requested: unknown): MessageFlags {
  if (typeof requested !== 'number') return (current & ~MessageFlags.Loading) as MessageFlags;
  const kept = current & ~EDITABLE_FLAGS & ~MessageFlags.Loading;
  return (kept | (requested & EDITABLE_FLAGS)) as MessageFlags;
}

function attachmentsFrom(files: readonly UploadedFile[], described: unknown): APIAttachment[] {
  const descriptions = Array.isArray(described) ? described.filter(isRecord) : [];
  return files.map((file, index) => {
    const id = snowflake();
    const description = descriptions.find((entry) => String(entry.id) === String(index));
    const filename = typeof description?.filename === 'string' ? description.filename : file.name;
    return {
      id,
      filename,
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/0/${id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/0/${id}/${filename}`,
      content_type: file.contentType,
      ...(typeof description?.description === 'string' ? { description: description.description } : {}),
    };
  });
}

// Bodies were validated before they reach here, so their lists have Discord's shapes.
function messageContent(
  fields: Record<string, unknown>,
  files: readonly UploadedFile[],
  keptAttachments: APIAttachment[] = [],
): {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  attachments?: APIAttachment[];
} {
  const uploaded = attachmentsFrom(files, fields.attachments);
  const kept = Array.isArray(fields.attachments)
    ? keptAttachments.filter((attachment) =>
        (fields.attachments as unknown[]).some((entry) => isRecord(entry) && entry.id === attachment.id),
      )
    : keptAttachments;
  return {
    ...(typeof fields.content === 'string' ? { content: fields.content } : {}),
    ...(fields.content === null ? { content: '' } : {}),
    ...(Array.isArray(fields.embeds) ? { embeds: fields.embeds as APIEmbed[] } : {}),
    ...(Array.isArray(fields.components) ? { components: fields.components as APIMessageTopLevelComponent[] } : {}),
    ...(uploaded.length > 0 || Array.isArray(fields.attachments) ? { attachments: [...kept, ...uploaded] } : {}),
  };
}

function repliedMentions(author: APIUser, allowed: unknown): APIUser[] {
  // A reply pings its target unless allowed_mentions.replied_user is false (or mentions are restricted entirely).
  if (isRecord(allowed) && allowed.replied_user !== true) return [];
  return [author];
}
