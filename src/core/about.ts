/** Facts about the tool itself, shared by every report format. */
export const TOOL_NAME = 'shipshape';
export const TOOL_VERSION = '0.1.0';
export const REPOSITORY_URL = 'https://github.com/shipshape-dev/shipshape';
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export function ruleDocUrl(ruleId: string): string {
  // ShellCheck's codes are documented by ShellCheck.
  if (/^SC\d{4}$/.test(ruleId)) return `https://www.shellcheck.net/wiki/${ruleId}`;
  return `${RULES_DOC_URL}#${ruleId.toLowerCase()}`;
}
