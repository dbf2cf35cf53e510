import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../lib/util/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters, ampersand first', () => {
    expect(escapeHtml(`a < b & "c" 'd' > e`)).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(escapeHtml('α·β')).toBe('α·β');
  });
});
