"""Executes one Jupyter notebook headlessly with nbclient (Debian python3-nbclient).

Used by lib/io/run-notebook.ts; not meant to be called by hand.
usage: /usr/bin/python3 execute-notebook.py IN.ipynb OUT.ipynb CWD TIMEOUT_S KERNEL_NAME

Writes the (partially) executed notebook to OUT.ipynb in every case, prints progress lines
to stderr and, as the LAST line of stdout, one JSON object:
  {"ok": true}  or  {"ok": false, "cellIndex": i | null, "kind": "...", "message": "..."}
Exit status 0 when that JSON was printed (whether or not a cell failed), 2 on bad usage.
"""
import json
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def main(argv):
    if len(argv) != 6:
        sys.stderr.write(__doc__)
        return 2
    in_path, out_path, cwd, timeout_s, kernel_name = argv[1:]
    nb = nbformat.read(in_path, as_version=4)
    n_code = sum(1 for c in nb.cells if c.cell_type == 'code' and c.source.strip())
    state = {'index': None, 'ordinal': 0, 'start': 0.0}

    def on_cell_execute(cell, cell_index):
        state['index'] = cell_index
        state['ordinal'] += 1
        state['start'] = time.monotonic()

    def on_cell_executed(cell, cell_index, execute_reply):
        seconds = time.monotonic() - state['start']
        sys.stderr.write('    cell %d/%d done in %.1f s\n' % (state['ordinal'], n_code, seconds))
        sys.stderr.flush()

    client = NotebookClient(
        nb,
        timeout=int(float(timeout_s)),
        startup_timeout=120,
        kernel_name=kernel_name,
        resources={'metadata': {'path': cwd}},
        on_cell_execute=on_cell_execute,
        on_cell_executed=on_cell_executed,
    )
    result = {'ok': True}
    try:
        client.execute()
    except CellTimeoutError as e:
        result = failure(state, 'timeout', e)
    except CellExecutionError as e:
        result = failure(state, 'error', e)
    except DeadKernelError as e:
        result = failure(state, 'dead-kernel', e)
    except Exception as e:  # kernel failed to start, bad kernel name, ...
        result = failure(state, type(e).__name__, e)
    nbformat.write(nb, out_path)
    sys.stdout.write('\n' + json.dumps(result) + '\n')
    return 0


def failure(state, kind, error):
    return {'ok': False, 'cellIndex': state['index'], 'kind': kind, 'message': str(error)}


if __name__ == '__main__':
    sys.exit(main(sys.argv))
