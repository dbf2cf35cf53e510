import { describe, expect, it } from 'vitest';
import { modelIdOf } from '../../lib/data/model-id.js';

describe('modelIdOf', () => {
  it('turns a Hugging Face cache path into the repo id', () => {
    expect(modelIdOf('/models/models--openai--gpt-oss-120b/snapshots/b5c9e1f0a2/')).toEqual({ id: 'openai/gpt-oss-120b', changed: true });
    expect(modelIdOf('~/.cache/huggingface/hub/models--meta-llama--Llama-3.1-8B-Instruct/snapshots/0e9e39f').id).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(modelIdOf('/root/.cache/huggingface/hub/models--gpt2').id).toBe('gpt2');
  });

  it('turns another local path into its folder name', () => {
    expect(modelIdOf('/data/Llama-3.3-70B-Instruct').id).toBe('Llama-3.3-70B-Instruct');
    expect(modelIdOf('./models/Qwen3-8B/').id).toBe('Qwen3-8B');
    expect(modelIdOf('C:\\models\\Qwen3-8B').id).toBe('Qwen3-8B');
  });

  it('keeps repo ids and served names as they are', () => {
    expect(modelIdOf('meta-llama/Llama-3.1-8B-Instruct')).toEqual({ id: 'meta-llama/Llama-3.1-8B-Instruct', changed: false });
    expect(modelIdOf('e2e-mock-model')).toEqual({ id: 'e2e-mock-model', changed: false });
    expect(() => modelIdOf('')).toThrow('modelIdOf requires a non-empty string');
  });
});
