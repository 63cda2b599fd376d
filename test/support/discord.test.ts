import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, Intents } from './discord/emulator.ts';
import { stringOption, typedOption } from './discord/payloads.ts';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';

function nextInteraction(client: Client): Promise<Interaction> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

describe('Discord emulator driving a real discord.js client', () => {
  let server: DiscordEmulator;
  let client: Client;

  beforeAll(async () => {
    server = await DiscordEmulator.start();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: server.apiBase },
    });
    const ready = once(client, Events.ClientReady);
    await client.login('fake-bot-token');
    await ready;
  });

  afterAll(async () => {
    await client.destroy();
    await server.close();
  });

  it('completes login with READY and the guild from GUILD_CREATE', () => {
    expect(client.user?.id).toBe(server.scene.botUser.id);
    expect(client.application?.id).toBe(server.scene.application.id);
    expect(client.guilds.cache.get(server.scene.guild.id)?.channels.cache.has(server.scene.channel.id)).toBe(true);
    const identify = server.identifies[0];
    expect(identify?.token).toBe('fake-bot-token');
    expect(identify?.intents).toBe(Intents.Guilds | Intents.GuildMessages);
    expect(identify?.query).toEqual({ v: '10', encoding: 'json', compress: null });
    expect(server.requests[0]?.route).toBe('GET /gateway/bot');
    expect(server.requests[0]?.headers['authorization']).toBe('Bot fake-bot-token');
  });

  it('delivers a slash command with its options and records the reply callback', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Who won?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(interaction.commandName).toBe('ask');
    expect(interaction.options.getString('question', true)).toBe('Who won?');
    expect(interaction.channelId).toBe(server.scene.channel.id);
    expect(interaction.inCachedGuild()).toBe(true);

    await interaction.reply({ content: 'An answer', allowedMentions: { parse: [] } });
    const callback = await server.waitForCallback(sent.id);
    expect(callback.status).toBe(204);
    expect(callback.body).toEqual({
      type: 4,
      data: { content: 'An answer', allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
    });
    expect(server.responseLatency(sent.id)).toBeGreaterThanOrEqual(0);
  });

  it('serves deferReply, editReply and followUp against the interaction webhook', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'When?')]));
    const interaction = (await received) as ChatInputCommandInteraction;

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const edited = await interaction.editReply({ content: 'Edited answer' });
    const followUp = await interaction.followUp({ content: 'More' });

    expect(edited.content).toBe('Edited answer');
    expect(edited.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(followUp.content).toBe('More');
    expect(followUp.id).not.toBe(edited.id);
    const routes = server.requests.filter((request) => request.interactionId === sent.id).map((request) => request.route);
    expect(routes).toEqual([
      CALLBACK,
      'PATCH /webhooks/:applicationId/:token/messages/:messageId',
      'POST /webhooks/:applicationId/:token',
    ]);
    expect(server.requests.find((request) => request.interactionId === sent.id)?.body).toEqual({
      type: 5,
      data: { flags: MessageFlags.Ephemeral },
    });
  });

  it('answers autocomplete with the choices the bot responds', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(
      server.build.autocomplete('quote', [typedOption('speaker', 'Rasm', true)]),
    );
    const interaction = (await received) as AutocompleteInteraction;
    expect(interaction.isAutocomplete()).toBe(true);
    expect(interaction.options.getFocused(true)).toEqual({ name: 'speaker', type: 3, value: 'Rasm', focused: true });

    await interaction.respond([{ name: 'Anders Fogh Rasmussen', value: 'Anders Fogh Rasmussen' }]);
    const callback = await server.waitForCallback(sent.id);
    expect(callback.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Anders Fogh Rasmussen', value: 'Anders Fogh Rasmussen' }] },
    });
  });

  it('lets a button click update the message that carries the button', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more:1').setLabel('More').setStyle(ButtonStyle.Secondary),
    );
    const posted = await channel.send({ content: 'Page 1', components: [row] });

    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.button('more:1'));
    const interaction = (await received) as ButtonInteraction;
    expect(interaction.isButton()).toBe(true);
    expect(interaction.customId).toBe('more:1');
    expect(interaction.message.id).toBe(posted.id);

    await interaction.update({ content: 'Page 2', components: [] });
    const callback = await server.waitForCallback(sent.id);
    expect(callback.body).toEqual({
      type: 7,
      data: { content: 'Page 2', components: [], tts: false, enforce_nonce: false },
    });
    expect(server.messages.get(posted.id)?.content).toBe('Page 2');
  });

  it('exposes the target message of a message context-menu command', async () => {
    const target = server.build.userMessage('The minister said the plan was final.', { mentionBot: false });
    const received = nextInteraction(client);
    await server.sendInteraction(server.build.messageCommand('Find sources', target));
    const interaction = (await received) as MessageContextMenuCommandInteraction;
    expect(interaction.isMessageContextMenuCommand()).toBe(true);
    expect(interaction.targetMessage.content).toBe('The minister said the plan was final.');
    expect(interaction.targetId).toBe(target.id);
  });

  it('delivers a mention as messageCreate with content, and records message.reply', async () => {
    const received = new Promise<Message>((resolve) => client.once(Events.MessageCreate, resolve));
    const delivered = await server.sendMessage(server.build.userMessage('what happened in Copenhagen?'));
    expect(delivered).toBe(1);
    const message = await received;
    expect(message.content).toBe(`<@${server.scene.botUser.id}> what happened in Copenhagen?`);
    expect(message.mentions.users.has(server.scene.botUser.id)).toBe(true);

    const reply = await message.reply({ content: 'Here is what I found', allowedMentions: { repliedUser: false } });
    expect(reply.reference?.messageId).toBe(message.id);
    const request = server.requests.at(-1);
    expect(request?.route).toBe('POST /channels/:channelId/messages');
    expect(request?.body).toMatchObject({
      content: 'Here is what I found',
      message_reference: { message_id: message.id },
    });
  });

  it('empties the content of messages that do not mention the bot (no MessageContent intent)', async () => {
    const received = new Promise<Message>((resolve) => client.once(Events.MessageCreate, resolve));
    await server.sendMessage(server.build.userMessage('just chatting', { mentionBot: false }));
    expect((await received).content).toBe('');
  });

  it('makes the client wait retry_after on a 429 and then succeed', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    server.rateLimit({ method: 'POST', route: '/channels/:channelId/messages', retryAfter: 0.3 });
    const sent = await channel.send('after the limit');
    expect(sent.content).toBe('after the limit');
    const attempts = server.requests.filter(
      (request) => request.route === 'POST /channels/:channelId/messages' && request.body !== undefined,
    );
    const [limited, retried] = attempts.slice(-2);
    expect(limited?.status).toBe(429);
    expect(limited?.rateLimited).toBe(true);
    expect(retried?.status).toBe(200);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('rejects and records a 2001-character message as Discord would', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    await expect(channel.send('x'.repeat(2001))).rejects.toThrow('Invalid Form Body');
    const violation = server.violations.at(-1);
    expect(violation?.status).toBe(400);
    expect(violation?.response).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } },
    });
  });
});
