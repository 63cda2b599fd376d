import { once } from 'node:events';
import { createInflate } from 'node:zlib';
import { WebSocket } from 'ws';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
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
    expect(server.requests[0]?.headers.authorization).toBe('Bot fake-bot-token');
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

  it('returns the created message when the bot replies withResponse', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Where?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    const response = await interaction.reply({ content: 'With response', withResponse: true });
    expect(response.resource?.message?.content).toBe('With response');
    expect(response.resource?.message?.id).toBe(server.interactions.get(sent.id)?.originalMessageId);
    expect(server.responseLatencies().map((entry) => entry.interactionId)).toContain(sent.id);
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
    const routes = server.requests
      .filter((request) => request.interactionId === sent.id)
      .map((request) => request.route);
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

  it('parses multipart uploads into payload_json and files', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    const sent = await channel.send({
      content: 'with file',
      files: [{ attachment: Buffer.from('excerpt'), name: 'sources.txt' }],
    });
    const request = server.requests.at(-1);
    expect(request?.body).toMatchObject({ content: 'with file', attachments: [{ id: '0' }] });
    expect(request?.files.map((file) => [file.field, file.name, file.data.toString('utf8')])).toEqual([
      ['files[0]', 'sources.txt', 'excerpt'],
    ]);
    expect(sent.attachments.first()?.name).toBe('sources.txt');
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
  it('answers a second callback for one interaction with 40060 and records it', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Twice?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    await interaction.reply({ content: 'first' });
    const second = client.rest.post(Routes.interactionCallback(sent.id, sent.token), {
      body: { type: 4, data: { content: 'second' } },
      auth: false,
    });
    await expect(second).rejects.toThrow('Interaction has already been acknowledged.');
    const violation = server.violations.at(-1);
    expect(violation?.interactionId).toBe(sent.id);
    expect(violation?.response).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
  });

  it('replaces the loading message with the first follow-up after a deferred reply', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Defer?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    await interaction.deferReply();
    const first = await interaction.followUp({ content: 'first follow-up' });
    const second = await interaction.followUp({ content: 'second follow-up' });
    expect(first.id).toBe(server.interactions.get(sent.id)?.originalMessageId);
    expect(second.id).not.toBe(first.id);
  });

  it('refuses to edit @original before the interaction is acknowledged', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Early?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    const edit = client.rest.patch(Routes.webhookMessage(server.scene.application.id, sent.token, '@original'), {
      body: { content: 'too early' },
      auth: false,
    });
    await expect(edit).rejects.toThrow('Unknown Message');
    await interaction.reply({ content: 'now' });
    expect(server.violations.at(-1)?.violation?.code).toBe(10008);
  });

  it('reports embed limits with the field path Discord uses', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    const send = channel.send({
      embeds: [{ title: 'ok', description: 'd'.repeat(4097), fields: [{ name: 'n', value: '' }] }],
    });
    await expect(send).rejects.toThrow('Invalid Form Body');
    expect(server.violations.at(-1)?.violation?.errors).toEqual([
      { path: ['embeds', 0, 'description'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' },
      {
        path: ['embeds', 0, 'fields', 0, 'value'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 1024 in length.',
      },
    ]);
  });

  it('reports component limits: link URL length, label length and rows', async () => {
    const channel = client.channels.cache.get(server.scene.channel.id);
    if (channel === undefined || !channel.isSendable()) throw new Error('channel missing');
    const longUrl = `https://example.com/article#:~:text=${'a'.repeat(477)}`;
    const row = { type: 1, components: [{ type: 2, style: ButtonStyle.Link, label: 'L'.repeat(81), url: longUrl }] };
    await expect(channel.send({ content: 'links', components: Array.from({ length: 6 }, () => row) })).rejects.toThrow(
      'Invalid Form Body',
    );
    const errors = server.violations.at(-1)?.violation?.errors ?? [];
    expect(longUrl).toHaveLength(513);
    expect(errors[0]).toEqual({
      path: ['components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 5 or fewer in length.',
    });
    expect(errors.slice(1, 3)).toEqual([
      {
        path: ['components', 0, 'components', 0, 'label'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 80 or fewer in length.',
      },
      {
        path: ['components', 0, 'components', 0, 'url'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 512 or fewer in length.',
      },
    ]);
  });

  it('rejects more than 25 autocomplete choices', async () => {
    const received = nextInteraction(client);
    const sent = await server.sendInteraction(server.build.autocomplete('quote', [typedOption('speaker', '', true)]));
    await received;
    const choices = Array.from({ length: 26 }, (_, index) => ({ name: `Speaker ${index}`, value: `s${index}` }));
    const respond = client.rest.post(Routes.interactionCallback(sent.id, sent.token), {
      body: { type: 8, data: { choices } },
      auth: false,
    });
    await expect(respond).rejects.toThrow('Invalid Form Body');
    expect(server.violations.at(-1)?.violation?.errors).toEqual([
      { path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' },
    ]);
  });

  it('stores bulk-overwritten commands and uses their ids in later interactions', async () => {
    const commands = await client.application?.commands.set(
      [
        {
          name: 'ask',
          description: 'Ask the archive a question',
          options: [{ type: 3, name: 'question', description: 'What to ask', required: true }],
        },
      ],
      server.scene.guild.id,
    );
    const registered = commands?.first();
    expect(registered?.name).toBe('ask');
    expect(server.guildCommands()).toHaveLength(1);

    const received = nextInteraction(client);
    await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Registered?')]));
    const interaction = (await received) as ChatInputCommandInteraction;
    expect(interaction.commandId).toBe(registered?.id);

    const invalid = client.application?.commands.set([{ name: 'Ask Me', description: 'bad name' }]);
    await expect(invalid).rejects.toThrow('Invalid Form Body');
  });

  it('records requests to routes that do not exist', async () => {
    await expect(client.rest.get('/channels/1/nonexistent-route')).rejects.toThrow('404: Not Found');
    expect(server.unknownRoutes.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /channels/1/nonexistent-route',
    ]);
  });

  it('lets the client resume its session after the gateway drops the connection', async () => {
    const resumed = once(client, Events.ShardResume);
    server.dropGateway(4000);
    await resumed;
    expect(server.resumes).toBe(1);
    const received = nextInteraction(client);
    await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Still there?')]));
    expect((await received).isChatInputCommand()).toBe(true);
  });
});

describe('Discord emulator rules that need their own server', () => {
  it('answers a callback that arrives after the deadline with 10062 Unknown interaction', async () => {
    const server = await DiscordEmulator.start({ interactionDeadlineMs: 100 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiBase } });
    try {
      await client.login('fake-bot-token');
      await server.waitForReady();
      const received = nextInteraction(client);
      const sent = await server.sendInteraction(server.build.chatInput('ask', [stringOption('question', 'Slow?')]));
      const interaction = (await received) as ChatInputCommandInteraction;
      await new Promise((resolve) => setTimeout(resolve, 150));
      await expect(interaction.reply({ content: 'too late' })).rejects.toThrow('Unknown interaction');
      expect(server.violations.map((request) => request.violation?.code)).toEqual([10062]);
      expect(server.responseLatency(sent.id)).toBeUndefined();
    } finally {
      await client.destroy();
      await server.close();
    }
  });

  it('refuses privileged intents the application has not enabled, as Discord does with close code 4014', async () => {
    const server = await DiscordEmulator.start();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
      rest: { api: server.apiBase },
    });
    try {
      await expect(client.login('fake-bot-token')).rejects.toThrow('Used disallowed intents');
    } finally {
      await client.destroy();
      await server.close();
    }
  });

  it('compresses the gateway stream with zlib when the client asks for compress=zlib-stream', async () => {
    const server = await DiscordEmulator.start();
    const socket = new WebSocket(`${server.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    try {
      const inflate = createInflate();
      socket.on('message', (data: Buffer) => inflate.write(data));
      const [chunk] = (await once(inflate, 'data')) as [Buffer];
      expect(JSON.parse(chunk.toString('utf8'))).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
    } finally {
      socket.close();
      await server.close();
    }
  });

  it('leaves no sockets or servers open after client.destroy() and server.close()', async () => {
    const network = (): string[] =>
      process.getActiveResourcesInfo().filter((name) => name.startsWith('TCP') || name === 'Timeout');
    // Resources vitest itself holds may come and go; what matters is that nothing is left beyond them.
    const extra = (): string[] => {
      const baseline = [...before];
      return network().filter((name) => {
        const index = baseline.indexOf(name);
        if (index === -1) return true;
        baseline.splice(index, 1);
        return false;
      });
    };
    const before = network();
    const server = await DiscordEmulator.start();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: server.apiBase } });
    await client.login('fake-bot-token');
    await server.waitForReady();
    expect(extra()).toContain('TCPSocketWrap');
    await client.destroy();
    await server.close();
    // Peers see the closes a few ticks later; give the event loop a moment before comparing.
    for (let tick = 0; tick < 50 && extra().length > 0; tick += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(extra()).toEqual([]);
  });
});
