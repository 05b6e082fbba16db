import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The Django example of the server-rendered banner (examples/django/run_tests.py), under
// Django's test client: the Python reader against the shared vectors, the page with and
// without a choice, the form view. Run where Debian's python3-django (or any Django) is
// installed; elsewhere it is skipped, and says so.

const python = ['python3', '/usr/bin/python3'].find((bin) => spawnSync(bin, ['-c', 'import django'], { encoding: 'utf8' }).status === 0);
if (!python) console.log('skipped: the Django example (examples/django/run_tests.py) needs Django (apt-get install python3-django)');

describe('examples/django: the server-rendered banner in a Django portal', () => {
  it.skipIf(!python)("runs under Django's test client: shared vectors, page, form view", () => {
    const run = spawnSync(python!, ['examples/django/run_tests.py'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr, run.stderr).toMatch(/Ran \d+ tests[\s\S]*\nOK\s*$/);
    expect(run.status).toBe(0);
  });
});
