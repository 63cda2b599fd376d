// Builders for the gateway payloads Discord sends a bot: interactions (slash command, autocomplete, button,
// message context menu) and guild messages. Every field discord.js reads is present and shaped as Discord sends it.
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  MessageType,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataOption,
  APIAttachment,
  APIChatInputApplicationCommandGuildInteraction,
  APIEmbed,
  APIGuildInteractionWrapper,
  APIInteractionDataResolved,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentButtonInteraction,
  APIMessageReference,
  APIMessageTopLevelComponent,
  APIUser,
  GatewayMessageCreateDispatchData,
  MessageFlags,
} from 'discord.js';
import { interactionMember, makeMember, type Scene } from './scene.ts';
import { snowflake } from './snowflake.ts';

export type GuildInteraction =
  | APIChatInputApplicationCommandGuildInteraction
  | APIApplicationCommandAutocompleteGuildInteraction
  | GuildButtonInteraction
  | APIMessageApplicationCommandGuildInteraction;

export type GuildButtonInteraction = APIGuildInteractionWrapper<APIMessageComponentButtonInteraction>;

export type CommandOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
export type AutocompleteOption =
  APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>;

/** Interaction tokens are opaque; Discord's are base64 of `interaction:<id>:<secret>`. */
export function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
}

export function stringOption(name: string, value: string): CommandOption {
  return { name, type: ApplicationCommandOptionType.String, value };
}

export function integerOption(name: string, value: number): CommandOption {
  return { name, type: ApplicationCommandOptionType.Integer, value };
}

export function booleanOption(name: string, value: boolean): CommandOption {
  return { name, type: ApplicationCommandOptionType.Boolean, value };
}

export function subcommandOption(name: string, options: CommandOption[] = []): CommandOption {
  const basic = options.filter(
    (option): option is Extract<CommandOption, { value: unknown }> =>
      option.type !== ApplicationCommandOptionType.Subcommand &&
      option.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
  return { name, type: ApplicationCommandOptionType.Subcommand, options: basic };
}

/** An option of an autocomplete interaction: what the user has typed so far; `focused` marks the one being typed. */
export function typedOption(name: string, value: string, focused = false): AutocompleteOption {
  return focused
    ? { name, type: ApplicationCommandOptionType.String, value, focused: true }
    : { name, type: ApplicationCommandOptionType.String, value };
}

function baseFields(scene: Scene, id: string) {
  return {
    id,
    application_id: scene.application.id,
    token: interactionToken(id),
    version: 1 as const,
    guild: { id: scene.guild.id, locale: scene.guild.preferred_locale, features: [] },
    guild_id: scene.guild.id,
    channel: { ...scene.channel },
    channel_id: scene.channel.id,
    member: interactionMember(makeMember(scene.user, scene.guild.joined_at), scene.userPermissions),
    app_permissions: scene.appPermissions,
    locale: scene.locale,
    guild_locale: scene.guild.preferred_locale,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: scene.guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

export interface ChatInputInput {
  readonly name: string;
  readonly options?: CommandOption[];
  readonly commandId?: string;
  readonly resolved?: APIInteractionDataResolved;
}

export function chatInputInteraction(
  scene: Scene,
  input: ChatInputInput,
): APIChatInputApplicationCommandGuildInteraction {
  const id = snowflake();
  return {
    ...baseFields(scene, id),
    type: InteractionType.ApplicationCommand,
    data: {
      id: input.commandId ?? snowflake(),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      ...(input.options === undefined ? {} : { options: input.options }),
      ...(input.resolved === undefined ? {} : { resolved: input.resolved }),
    },
  };
}

export interface AutocompleteInput {
  readonly name: string;
  readonly options: AutocompleteOption[];
  readonly commandId?: string;
}

export function autocompleteInteraction(
  scene: Scene,
  input: AutocompleteInput,
): APIApplicationCommandAutocompleteGuildInteraction {
  const id = snowflake();
  return {
    ...baseFields(scene, id),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: input.commandId ?? snowflake(),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      options: input.options,
    },
  };
}

export interface ButtonInput {
  readonly customId: string;
  /** The message the button is on (as Discord stored it). */
  readonly message: APIMessage;
}

export function buttonInteraction(scene: Scene, input: ButtonInput): GuildButtonInteraction {
  const id = snowflake();
  return {
    ...baseFields(scene, id),
    type: InteractionType.MessageComponent,
    message: input.message,
    data: { custom_id: input.customId, component_type: ComponentType.Button },
  };
}

export interface MessageCommandInput {
  readonly name: string;
  readonly target: APIMessage;
  readonly commandId?: string;
}

export function messageCommandInteraction(
  scene: Scene,
  input: MessageCommandInput,
): APIMessageApplicationCommandGuildInteraction {
  const id = snowflake();
  return {
    ...baseFields(scene, id),
    type: InteractionType.ApplicationCommand,
    data: {
      id: input.commandId ?? snowflake(),
      name: input.name,
      type: ApplicationCommandType.Message,
      target_id: input.target.id,
      resolved: { messages: { [input.target.id]: input.target } },
    },
  };
}

export interface MessageInput {
  readonly channelId: string;
  readonly author: APIUser;
  readonly content?: string;
  readonly id?: string;
  readonly guildId?: string;
  readonly embeds?: APIEmbed[];
  readonly components?: APIMessageTopLevelComponent[];
  readonly attachments?: APIAttachment[];
  readonly mentions?: APIUser[];
  readonly flags?: MessageFlags;
  readonly type?: MessageType;
  readonly messageReference?: APIMessageReference;
  readonly referencedMessage?: APIMessage | null;
  readonly webhookId?: string;
  readonly applicationId?: string;
  readonly interactionMetadata?: APIMessage['interaction_metadata'];
  readonly timestamp?: string;
}

/** A message object as Discord returns it from REST (no guild-only gateway fields). */
export function makeMessage(input: MessageInput): APIMessage {
  const id = input.id ?? snowflake();
  return {
    id,
    type: input.type ?? (input.messageReference === undefined ? MessageType.Default : MessageType.Reply),
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: input.attachments ?? [],
    embeds: input.embeds ?? [],
    components: input.components ?? [],
    pinned: false,
    flags: input.flags ?? (0 as MessageFlags),
    ...(input.webhookId === undefined ? {} : { webhook_id: input.webhookId }),
    ...(input.applicationId === undefined ? {} : { application_id: input.applicationId }),
    ...(input.messageReference === undefined ? {} : { message_reference: input.messageReference }),
    ...(input.referencedMessage === undefined ? {} : { referenced_message: input.referencedMessage }),
    ...(input.interactionMetadata === undefined ? {} : { interaction_metadata: input.interactionMetadata }),
  };
}

export interface UserMessageInput {
  readonly content: string;
  /** Prefix the content with `<@bot>` and list the bot in `mentions` (default true). */
  readonly mentionBot?: boolean;
  readonly author?: APIUser;
  readonly reference?: APIMessage;
}

/** A MESSAGE_CREATE payload for a message a human sends in the scene's channel. */
export function userMessage(scene: Scene, input: UserMessageInput): GatewayMessageCreateDispatchData {
  const mentionBot = input.mentionBot ?? true;
  const author = input.author ?? scene.user;
  const member = makeMember(author, scene.guild.joined_at);
  const { user: _user, ...memberNoUser } = member;
  const botMember = makeMember(scene.botUser, scene.guild.joined_at);
  const { user: _bot, ...botMemberNoUser } = botMember;
  const message = makeMessage({
    channelId: scene.channel.id,
    author,
    content: mentionBot ? `<@${scene.botUser.id}> ${input.content}` : input.content,
    mentions: mentionBot ? [{ ...scene.botUser, member: botMemberNoUser } as APIUser] : [],
    ...(input.reference === undefined
      ? {}
      : {
          messageReference: { message_id: input.reference.id, channel_id: scene.channel.id, guild_id: scene.guild.id },
          referencedMessage: input.reference,
        }),
  });
  return { ...message, guild_id: scene.guild.id, member: memberNoUser };
}
