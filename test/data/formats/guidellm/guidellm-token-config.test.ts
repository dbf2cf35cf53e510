import { describe, expect, it } from 'vitest';
import { guidellmTokenConfig } from '../../../../lib/data/formats/guidellm/guidellm-token-config.js';

describe('guidellmTokenConfig', () => {
  it('reads every shape GuideLLM wrote', () => {
    expect(guidellmTokenConfig('prompt_tokens=256,output_tokens=128')).toEqual({ prompt_tokens: 256, output_tokens: 128 });
    expect(guidellmTokenConfig('{"type": "emulated", "prompt_tokens": 512, "output_tokens": 128}')).toEqual({ prompt_tokens: 512, output_tokens: 128 });
    expect(guidellmTokenConfig("['prompt_tokens=512,output_tokens=128']")).toEqual({ prompt_tokens: 512, output_tokens: 128 });
    expect(guidellmTokenConfig(['prompt_tokens=64,output_tokens=8'])).toEqual({ prompt_tokens: 64, output_tokens: 8 });
    expect(guidellmTokenConfig([{ kind: 'synthetic_text', prompt_tokens: 32, prompt_tokens_stdev: 4, output_tokens: 8, first_prompt_tokens: null }])).toEqual({
      prompt_tokens: 32,
      output_tokens: 8,
    });
  });

  it('ignores files, lookalike keys and non-integers', () => {
    expect(guidellmTokenConfig(['/root/aime_2024_v2.jsonl'])).toEqual({});
    expect(guidellmTokenConfig('first_prompt_tokens=9,prompt_tokens_stdev=4')).toEqual({});
    expect(guidellmTokenConfig('prompt_tokens=12.5')).toEqual({});
    expect(guidellmTokenConfig({ prompt_tokens: '512' })).toEqual({});
    expect(guidellmTokenConfig(null)).toEqual({});
  });
});
