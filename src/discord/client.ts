// The Discord adapter: turns discord.js interactions and @mentions into router events, and router replies into
// Discord responses (reply, deferred reply + edit, update for buttons, autocomplete). The only place besides
// deploy.ts that imports discord.js.
import {
  ApplicationCommandOptionType,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Status,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Choice, CommandDefinition } from '../../commands/types.ts';
import type { Logger } from '../log/logger.ts';
import type { Reply } from '../reply/model.ts';
import { visibleText } from '../reply/visible.ts';
import type { Responder, Router } from '../router/router.ts';
import { describeScope, syncCommands, type CommandScope } from './commandSync.ts';
import { describeClose, GatewayClosedError, permanentClose, type PermanentClose } from './closeCodes.ts';
import { cutUnits, fitLimit, LIMITS } from './limits.ts';
import { renderForDiscord, type ApiMessage } from './render.ts';

export interface DiscordBotOptions {
  token: string;
  /** REST base, e.g. https://discord.com/api (the client appends /v10). */
  apiUrl?: string;
  router: Router;
  logger: Logger;
  /** When set, the commands are registered here on ready if Discord's copy differs (see commandSync.ts). */
  commands?: { scope: CommandScope; definitions: readonly CommandDefinition[] };
  /** Internal shards: 'auto' (Discord's recommendation) or a count; absent: discord.js's default (the
   * ShardingManager's assignment from the environment, else one shard). */
  shards?: 'auto' | number;
}

export interface DiscordBot {
  client: Client;
  /** Settles when Discord closes the gateway for good (4004, 4010–4014): the bot is then offline for good. */
  closed: Promise<PermanentClose>;
  /** Settles (never rejects) once the commands are registered or found up to date, or the attempt was logged. */
  registered: Promise<void>;
  stop(): Promise<void>;
}

/** Guilds for interactions in servers; GuildMessages to see messages that @mention the bot (their content comes
 * without the privileged MessageContent intent because they mention us). */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];

type Replyable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

/** For edits, updates and channel replies, whose ephemerality cannot be set. */
function editOptions(message: ApiMessage) {
  return {
    ...(message.content.length > 0 ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** For a first reply or a follow-up, which may be ephemeral. */
function replyOptions(message: ApiMessage, ephemeral: boolean) {
  return { ...editOptions(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

/** What the public "thinking…" message says while a private reply is sent, and if it cannot be deleted after. */
export const SENT_PRIVATELY = 'The answer was sent privately to the person who asked.';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A private reply after a public deferral. Discord turns the first follow-up after a deferral into the deferred
 * message itself, public, whatever its flags; so the "thinking…" message is filled with a short note first, then the
 * private follow-up goes out, and only once it has arrived is the note deleted. If the follow-up fails, the reply is
 * shown in the original message instead, so the asker is never left with nothing.
 */
async function replyPrivatelyAfterPublicDefer(
  interaction: Replyable,
  message: ApiMessage,
  logger: Logger,
): Promise<void> {
  await interaction.editReply({
    content: SENT_PRIVATELY,
    embeds: [],
    components: [],
    allowedMentions: { parse: [], repliedUser: false },
  });
  try {
    await interaction.followUp(replyOptions(message, true));
  } catch (error) {
    logger.warn(
      `interaction ${interaction.id}: the private follow-up failed (${errorText(error)}); showing the reply in the original message`,
    );
    await interaction.editReply(editOptions(message));
    return;
  }
  await interaction.deleteReply().catch((error: unknown) => {
    logger.warn(
      `interaction ${interaction.id}: could not delete the public note after the private reply (${errorText(error)})`,
    );
  });
}

function interactionResponder(interaction: Replyable, logger: Logger): Responder {
  let deferredEphemeral: boolean | null = null;
  const isButton = interaction.isButton();
  return {
    async defer(ephemeral) {
      deferredEphemeral = ephemeral;
      if (isButton) await interaction.deferUpdate();
      else await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async send(reply: Reply) {
      const message = renderForDiscord(reply);
      const answered = interaction.deferred || interaction.replied;
      if (isButton && reply.kind !== 'error') {
        if (answered) await interaction.editReply(editOptions(message));
        else await interaction.update(editOptions(message));
        return;
      }
      if (!answered) {
        await interaction.reply(replyOptions(message, reply.ephemeral));
        return;
      }
      // Ephemerality is fixed when deferring: a private reply after a public defer goes out as a private follow-up.
      if (reply.ephemeral && deferredEphemeral !== true) {
        if (isButton) await interaction.followUp(replyOptions(message, true));
        else await replyPrivatelyAfterPublicDefer(interaction, message, logger);
        return;
      }
      await interaction.editReply(editOptions(message));
    },
    async suggest() {
      throw new Error('suggestions are only for autocomplete interactions');
    },
  };
}

function autocompleteResponder(interaction: AutocompleteInteraction): Responder {
  return {
    async defer() {},
    async send() {},
    async suggest(choices: Choice[]) {
      await interaction.respond(
        choices.slice(0, LIMITS.autocompleteChoices).map((c) => ({
          name: fitLimit(visibleText(c.name), LIMITS.choiceName),
          value: cutUnits(visibleText(c.value), LIMITS.choiceValue),
        })),
      );
    },
  };
}

function messageResponder(message: Message): Responder {
  return {
    async defer() {
      if ('sendTyping' in message.channel) await message.channel.sendTyping();
    },
    async send(reply: Reply) {
      // A channel reply cannot be private, so errors are shown to everyone, still pinging nobody.
      const rendered = renderForDiscord({ ...reply, ephemeral: false });
      // If the asker deleted the question meanwhile, the answer is still posted (without the reply link)
      // rather than refused by Discord.
      await message.reply({ ...editOptions(rendered), failIfNotExists: false });
    },
    async suggest() {},
  };
}

function commandOptions(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  return Object.fromEntries(interaction.options.data.flatMap(optionEntries));
}

/** A subcommand becomes `subcommand: name` plus its options; an attachment, what the archive adapter fetches. */
function optionEntries(o: CommandInteractionOption): [string, unknown][] {
  if (o.type === ApplicationCommandOptionType.Subcommand)
    return [['subcommand', o.name], ...(o.options ?? []).flatMap(optionEntries)];
  const file = o.attachment;
  if (file !== undefined)
    return [[o.name, { url: file.url, name: file.name, size: file.size, contentType: file.contentType }]];
  return [[o.name, o.value]];
}

async function dispatch(interaction: Interaction, router: Router, logger: Logger): Promise<void> {
  const permissions = interaction.memberPermissions?.bitfield;
  const base = {
    id: interaction.id,
    userId: interaction.user.id,
    ...(permissions === undefined ? {} : { permissions: permissions.toString() }),
  };
  if (interaction.isChatInputCommand()) {
    await router.handle(
      { ...base, kind: 'command', name: interaction.commandName, options: commandOptions(interaction) },
      interactionResponder(interaction, logger),
    );
  } else if (interaction.isMessageContextMenuCommand()) {
    const text = interaction.targetMessage.content;
    await router.handle(
      { ...base, kind: 'command', name: interaction.commandName, options: { message: text } },
      interactionResponder(interaction, logger),
    );
  } else if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    await router.handle(
      {
        ...base,
        kind: 'autocomplete',
        name: interaction.commandName,
        option: focused.name,
        typed: String(focused.value),
      },
      autocompleteResponder(interaction),
    );
  } else if (interaction.isButton()) {
    if (interaction.customId.startsWith('noop:')) {
      await interaction.deferUpdate();
      return;
    }
    await router.handle(
      { ...base, kind: 'page', customId: interaction.customId },
      interactionResponder(interaction, logger),
    );
  } else {
    logger.debug(`interaction ${interaction.id}: type ${interaction.type} is not handled`);
  }
}

function shardOptions(shards: 'auto' | number | undefined): { shards?: 'auto' | number[]; shardCount?: number } {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}

/** Each gateway shard of this process and what it is doing ('ready', 'connecting', 'resuming', …). */
export function shardStates(client: Client): { id: number; status: string }[] {
  return client.ws.shards.map((shard) => ({
    id: shard.id,
    status: (Status[shard.status] ?? String(shard.status))
      .replace(/[A-Z]/gu, (c, at: number) => (at === 0 ? c : `_${c}`))
      .toLowerCase(),
  }));
}

function mentionPattern(botId: string): RegExp {
  return new RegExp(`<@!?${botId}>`, 'gu');
}

/**
 * Whether the text itself @mentions the bot. Discord also lists the bot in `mentions` when someone merely replies
 * to one of its answers (reply ping, on by default), and a "thanks!" reply must not be answered as a question.
 */
export function mentionsBot(content: string, botId: string): boolean {
  return mentionPattern(botId).test(content);
}

/** The text of a message that @mentions the bot, without the mention itself. */
export function mentionText(content: string, botId: string): string {
  return content.replace(mentionPattern(botId), ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Registers the commands once per start, from the process holding shard 0 (under the ShardingManager every process
 * is ready on its own). A failure is logged and the bot stays up: commands deployed earlier still work.
 */
async function registerCommands(client: Client, opts: DiscordBotOptions): Promise<void> {
  if (opts.commands === undefined || (client.shard !== null && !client.shard.ids.includes(0))) return;
  const { scope, definitions } = opts.commands;
  try {
    const outcome = await syncCommands(client.rest, scope, definitions);
    opts.logger.info(
      outcome.changed
        ? `registered ${outcome.count} commands ${describeScope(scope)}`
        : `the ${outcome.count} commands ${describeScope(scope)} are up to date`,
    );
  } catch (error) {
    opts.logger.warn(`could not register the commands ${describeScope(scope)}: ${errorText(error)}`);
  }
}

export async function startDiscordBot(opts: DiscordBotOptions): Promise<DiscordBot> {
  const client = new Client({
    intents: INTENTS,
    allowedMentions: { parse: [], repliedUser: false },
    ...(opts.apiUrl === undefined ? {} : { rest: { api: opts.apiUrl } }),
    ...shardOptions(opts.shards),
  });
  const { router, logger } = opts;
  client.on(Events.InteractionCreate, (interaction) => {
    dispatch(interaction, router, logger).catch((error: unknown) => {
      logger.error(
        `interaction ${interaction.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    });
  });
  client.on(Events.MessageCreate, (message) => {
    const me = client.user;
    if (!me || message.author.bot || !mentionsBot(message.content, me.id)) return;
    const text = mentionText(message.content, me.id);
    router
      .handle({ id: message.id, userId: message.author.id, kind: 'mention', text }, messageResponder(message))
      .catch((error: unknown) => logger.error(`message ${message.id}: ${String(error)}`));
  });
  client.on(Events.Error, (error) => logger.error(`discord client error: ${error.message}`));
  // discord.js emits ShardDisconnect only for the close codes it will not reconnect after; without this the
  // client just goes quiet and the process ends with status 0, as if all were well.
  let closedWith: PermanentClose | null = null;
  const closed = new Promise<PermanentClose>((resolve) => {
    client.on(Events.ShardDisconnect, (event) => {
      if (closedWith !== null) return;
      closedWith = permanentClose(event.code);
      logger.error(describeClose(closedWith));
      resolve(closedWith);
    });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const refused = async (): Promise<never> => {
    await client.destroy();
    throw new GatewayClosedError(closedWith ?? (await closed));
  };
  try {
    await client.login(opts.token);
  } catch (error) {
    if (closedWith !== null) return refused();
    throw error;
  }
  if ((await Promise.race([ready.then(() => 'ready' as const), closed])) !== 'ready') return refused();
  logger.info(`connected to Discord as ${client.user?.tag ?? 'unknown'}`);
  // Not awaited: the bot answers (and stops on a signal) while the commands are compared.
  const registered = registerCommands(client, opts);
  return {
    client,
    closed,
    registered,
    async stop() {
      await client.destroy();
    },
  };
}
