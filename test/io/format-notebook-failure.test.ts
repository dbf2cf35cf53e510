import { describe, expect, it } from 'vitest';
import { formatNotebookFailure } from '../../lib/io/format-notebook-failure.js';
import type { NotebookFailure } from '../../lib/io/run-notebook.js';

const base: NotebookFailure = {
  kind: 'error',
  cellIndex: 2,
  source: 'const x: number = 1;\nfoo(x);',
  errorName: '',
  errorValue: '',
  traceback: '',
  stderr: "2:1 - Cannot find name 'foo'.\n",
  message: 'An error occurred while executing the following cell: ...',
};

describe('formatNotebookFailure', () => {
  it('names the notebook and the 1-based cell, shows the source and the stderr', () => {
    expect(formatNotebookFailure('03-fits.ipynb', base)).toBe(
      [
        '03-fits.ipynb: cell 3 failed (error)',
        '  | const x: number = 1;',
        '  | foo(x);',
        'stderr:',
        "2:1 - Cannot find name 'foo'.",
        '',
      ].join('\n'),
    );
  });

  it('shortens long sources, shows error names and nbclient\'s message for timeouts', () => {
    const text = formatNotebookFailure(
      'n.ipynb',
      { ...base, kind: 'timeout', source: 'a\nb\nc\nd', stderr: '', errorName: 'Error', errorValue: 'slow', message: 'A cell timed out' },
      2,
    );
    expect(text).toBe(
      ['n.ipynb: cell 3 failed (timeout)', '  | a', '  | b', '  | ... (2 more lines)', 'Error: slow', 'A cell timed out', ''].join('\n'),
    );
  });

  it('says when no cell had started', () => {
    const text = formatNotebookFailure('n.ipynb', { ...base, kind: 'NoSuchKernel', cellIndex: null, source: '', stderr: 'no kernel' });
    expect(text.split('\n')[0]).toBe('n.ipynb: before any cell ran failed (NoSuchKernel)');
    expect(text).toContain('no kernel');
  });
});
