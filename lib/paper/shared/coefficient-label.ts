/**
 * Plotly rich-text label of a model coefficient name: 'c1_p' -> 'c<sub>1,p</sub>',
 * 'C1' -> 'C<sub>1</sub>'; other names are returned unchanged. For axis titles and legends
 * (captions stay plain text).
 *
 * @param name a coefficient name such as 'c2_v'
 * @returns the label
 * @example
 * coefficientLabel('c2_v'); // 'c<sub>2,v</sub>'
 */
export function coefficientLabel(name: string): string {
  const six = /^c([12])_([A-Za-z]+)$/.exec(name);
  if (six) return `c<sub>${six[1]},${six[2]}</sub>`;
  const two = /^C([12])(R|_eff)?$/.exec(name);
  if (two) return two[2] === '_eff' ? `C<sub>${two[1]},eff</sub>` : `C<sub>${two[1]}</sub>${two[2] ?? ''}`;
  return name;
}
