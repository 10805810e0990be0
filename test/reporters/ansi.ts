/** Matches the SGR escape sequences picocolors writes. */
export const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
