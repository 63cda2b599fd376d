// The fake Discord world the emulator serves: one application with its bot user, one guild with a text channel,
// and a human member who sends commands and messages. Objects are shaped like Discord's API payloads.
import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from 'discord.js';
// Flag fields are bitfields; 0 (no flags) is not an enum member, hence the casts below.
import type {
  APIGuildMember,
  ChannelFlags,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
  APIGuildTextChannel,
  APIInteractionGuildMember,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';
import { snowflake } from './snowflake.ts';

export interface SceneOptions {
  readonly botName?: string;
  readonly userName?: string;
  readonly guildName?: string;
  readonly channelName?: string;
  readonly locale?: Locale;
}

export interface SceneApplication {
  readonly id: string;
  readonly name: string;
  readonly flags: number;
}

export interface Scene {
  readonly application: SceneApplication;
  readonly botUser: APIUser;
  /** The human who runs commands and mentions the bot. */
  readonly user: APIUser;
  readonly guild: GatewayGuildCreateDispatchData;
  readonly channel: APIGuildTextChannel<ChannelType.GuildText>;
  readonly locale: Locale;
  /** Permissions of the bot in the channel (interaction `app_permissions`). */
  readonly appPermissions: string;
  /** Permissions of the human in the channel (interaction `member.permissions`). */
  readonly userPermissions: string;
}

// What a freshly invited bot usually gets: read, send, embed, attach, history, external emoji, threads.
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands;

const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

export function makeUser(id: string, username: string, bot: boolean): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: bot ? null : username.charAt(0).toUpperCase() + username.slice(1),
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function makeMember(user: APIUser, joinedAt: string, roles: string[] = []): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function interactionMember(member: APIGuildMember, permissions: string): APIInteractionGuildMember {
  const { user } = member;
  if (user === undefined) throw new Error('interaction members need a user');
  return { ...member, user, permissions };
}

export function createScene(options: SceneOptions = {}): Scene {
  const created = Date.now() - 30 * 24 * 3600 * 1000;
  const applicationId = snowflake(created);
  const botUser = makeUser(applicationId, options.botName ?? 'archivist', true);
  const user = makeUser(snowflake(created), options.userName ?? 'reader', false);
  const guildId = snowflake(created);
  const channelId = snowflake(created);
  const joinedAt = new Date(created).toISOString();
  const everyone: APIRole = {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  const channel: APIGuildTextChannel<ChannelType.GuildText> = {
    id: channelId,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: options.channelName ?? 'newsroom',
    position: 0,
    parent_id: null,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    last_pin_timestamp: null,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
    default_thread_rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
  };
  const locale = options.locale ?? Locale.EnglishUS;
  const guild: GatewayGuildCreateDispatchData = {
    id: guildId,
    name: options.guildName ?? 'Archive Test Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: user.id,
    region: 'us-east',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [everyone],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: channelId,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    approximate_member_count: 2,
    approximate_presence_count: 1,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    incidents_data: null,
    hub_type: null,
    // GUILD_CREATE-only fields
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [makeMember(botUser, joinedAt), makeMember(user, joinedAt)],
    channels: [channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
  return {
    application: { id: applicationId, name: botUser.username, flags: ApplicationFlags.GatewayMessageContentLimited },
    botUser,
    user,
    guild,
    channel,
    locale,
    appPermissions: BOT_PERMISSIONS.toString(),
    userPermissions: MEMBER_PERMISSIONS.toString(),
  };
}
