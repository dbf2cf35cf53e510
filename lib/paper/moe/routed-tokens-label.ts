import type { TokensPerRequest } from '../../fit/fit-moe.js';

/**
 * Names a routed-token assumption of the MoE fit for tables and text: 'k+1' -> 'T = B·(k+1)',
 * 'k' -> 'T = B·k', a number n -> 'T = B·n' (B requests in flight, T routed tokens per step).
 *
 * @param tokensPerRequest the assumption as fitMoe takes it
 * @returns the label
 * @throws {Error} `routedTokensLabel requires 'k+1', 'k' or a positive number` otherwise
 * @example
 * routedTokensLabel('k+1'); // 'T = B·(k+1)'
 */
export function routedTokensLabel(tokensPerRequest: TokensPerRequest): string {
  if (tokensPerRequest === 'k+1') return 'T = B·(k+1)';
  if (tokensPerRequest === 'k') return 'T = B·k';
  if (typeof tokensPerRequest === 'number' && tokensPerRequest > 0 && Number.isFinite(tokensPerRequest)) return `T = B·${tokensPerRequest}`;
  throw new Error(`routedTokensLabel requires 'k+1', 'k' or a positive number, got ${String(tokensPerRequest)}`);
}
