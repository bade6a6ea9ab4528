// Validation (step 5): the admin group decides. The solver's own approval never counts.
export const quorumPolicies = ["ONE_OTHER_ADMIN", "MAJORITY", "ALL"] as const;
export type QuorumPolicy = (typeof quorumPolicies)[number];

// Each policy's wording is in messages (admin.settings.quorumPolicies, tickets.quorum.policy).
export type QuorumInput = { policy: QuorumPolicy; activeAdminIds: string[]; solverId: string | null; approverIds: string[] };

/** The approvals that count: active admins, once each, never the solver. */
export function countingApprovals({ activeAdminIds, solverId, approverIds }: Omit<QuorumInput, "policy">): string[] {
  const active = new Set(activeAdminIds);
  return [...new Set(approverIds)].filter((id) => active.has(id) && id !== solverId);
}

/** How many approvals the policy needs; Infinity when it can never be reached (no eligible admin). */
export function approvalsNeeded({ policy, activeAdminIds, solverId }: Omit<QuorumInput, "approverIds">): number {
  const eligible = activeAdminIds.filter((id) => id !== solverId).length;
  const needed = policy === "ONE_OTHER_ADMIN" ? 1 : policy === "MAJORITY" ? Math.floor(activeAdminIds.length / 2) + 1 : eligible;
  return needed > eligible || eligible === 0 ? Infinity : needed;
}

export function quorumReached(input: QuorumInput): boolean {
  return countingApprovals(input).length >= approvalsNeeded(input);
}
