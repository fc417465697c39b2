/** Where the policy tests write their Chromium policy (Debian's Chromium reads this folder at start). */
export const policyDir = '/etc/chromium/policies/managed';
export const policyFile = `${policyDir}/webmail-first-e2e.json`;
