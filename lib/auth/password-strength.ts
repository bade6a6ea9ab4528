import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";
import { sentence } from "@/lib/i18n/sentences";

// NIST 800-63B / ASVS 2.1: length, not composition rules, and no password an attacker would try first.
// zxcvbn-ts knows the common-password lists and English and French words, names and keyboard patterns.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
const MIN_SCORE = 3; // zxcvbn's "safely unguessable: moderate protection from offline attacks"

let checker: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/** Why a chosen password is refused, or null. */
export function passwordWeakness(password: string): string | null {
  // The same sentences as newPasswordSchema's (lib/validations/auth.ts), which the French catalog translates.
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const result = zxcvbn().check(password);
  if (result.score < MIN_SCORE) return sentence("This password is too easy to guess: it is common, or made of words, names, dates or keyboard patterns. A few unrelated words make a good one.");
  return null;
}
