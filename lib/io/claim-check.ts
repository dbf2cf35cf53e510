/** Which data a claim was checked on. */
export type ClaimData = 'real' | 'simulated' | 'public';

/** What the check found: the paper's claim holds, holds in part, fails, or cannot be tested on that data. */
export type ClaimVerdict = 'holds' | 'partly' | 'fails' | 'untestable';

/** The claim checks a data set can carry, in the scorecard's column order. */
export const CLAIM_DATA: readonly ClaimData[] = ['real', 'simulated', 'public'];
/** The verdicts, in the order the scorecard explains them. */
export const CLAIM_VERDICTS: readonly ClaimVerdict[] = ['holds', 'partly', 'fails', 'untestable'];

/** One of the paper's claims, as the scorecard lists it. */
export interface ClaimDefinition {
  /** Stable id, e.g. 'fig7-held-out'. */
  id: string;
  /** Where the paper makes it, e.g. 'Fig. 7'. */
  figure: string;
  /** The claim in one sentence. */
  statement: string;
}

/** A notebook's verdict on one claim for one kind of data, with the number behind it. */
export interface ClaimCheck {
  /** ClaimDefinition id. */
  claim: string;
  data: ClaimData;
  verdict: ClaimVerdict;
  /** The computed evidence in one or two sentences, with the numbers. */
  evidence: string;
  /** Id of the figure or table that shows it (linked from the scorecard), or null. */
  figure: string | null;
  /** The notebook that checked it (file name without .ipynb). */
  notebook: string;
}

/**
 * Checks a claim check's fields.
 *
 * @param check the record
 * @param fn the calling function's name, for the message
 * @throws {Error} `<fn> requires ...` naming the first bad field
 * @example
 * checkClaimCheck({ claim: 'fig1-collapse', data: 'real', verdict: 'holds', evidence: 'R² 0.99', figure: null, notebook: '01' }, 'f');
 */
export function checkClaimCheck(check: ClaimCheck, fn: string): void {
  if (check === null || typeof check !== 'object') throw new Error(`${fn} requires a claim check object`);
  const text = (name: keyof ClaimCheck): void => {
    if (typeof check[name] !== 'string' || (check[name] as string).trim() === '') throw new Error(`${fn} requires a non-empty ${name}, got ${JSON.stringify(check[name])}`);
  };
  text('claim');
  text('evidence');
  text('notebook');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(check.claim)) throw new Error(`${fn} requires a claim id of letters, digits, '.', '_' and '-', got ${JSON.stringify(check.claim)}`);
  if (!CLAIM_DATA.includes(check.data)) throw new Error(`${fn} requires data among ${CLAIM_DATA.join(', ')}, got ${JSON.stringify(check.data)}`);
  if (!CLAIM_VERDICTS.includes(check.verdict)) throw new Error(`${fn} requires verdict among ${CLAIM_VERDICTS.join(', ')}, got ${JSON.stringify(check.verdict)}`);
  if (check.figure !== null && (typeof check.figure !== 'string' || check.figure === '')) throw new Error(`${fn} requires figure to be an id or null, got ${JSON.stringify(check.figure)}`);
}
