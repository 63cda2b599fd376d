// Discord's message limits (https://discord.com/developers/docs/resources/message and /interactions).
// The renderer cuts to these; the e2e emulator checks them independently.

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedFields: 25,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  /** Link buttons only; a markdown link inside an embed description has no limit of its own. */
  linkUrl: 512,
  /** Our own cap for a markdown link in a description, so one odd URL cannot eat the 4096-character budget. */
  markdownUrl: 2048,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const EPHEMERAL_FLAG = 1 << 6;
