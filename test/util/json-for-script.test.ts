import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../lib/util/json-for-script.js';

describe('jsonForScript', () => {
  it('escapes what could end a script element and still parses back to the same value', () => {
    const value = { t: '</script><!-- & \u2028', n: [1, 2.5] };
    const text = jsonForScript(value);
    expect(text).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028","n":[1,2.5]}');
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('rejects values JSON cannot represent', () => {
    expect(() => jsonForScript(undefined)).toThrow('jsonForScript requires a JSON-serialisable value');
  });
});
