import type { RuleContext } from './context.js';
import { specifiedRules } from './rules/index.js';

/** Runs every rule; rules report into ctx.diags and never throw. */
export function validateVmi(ctx: RuleContext): void {
  for (const rule of specifiedRules) rule(ctx);
}
