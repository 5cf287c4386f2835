"""pytest plugin for tools/mutation/run.py (``-p mutation_plugin``).

- COOPDESK_FLIP="advisor:export.run" flips one cell of the role-permission table before any test: gives
  the role the permission if it lacks it, or takes it away if it has it. The dict is changed in place,
  so every module that imported ROLE_PERMISSIONS sees the flip.
- The process ends with pytest's own exit status right after pytest is done: the verdict must not
  depend on the interpreter's shutdown (PySide6 6.12 can abort there with "none_dealloc").
"""

from __future__ import annotations

import os
import sys

from coopdesk.domain.enums import Role
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission

_flip = os.environ.get("COOPDESK_FLIP", "")
if _flip:
    _role, _permission = Role(_flip.split(":")[0]), Permission(_flip.split(":")[1])
    ROLE_PERMISSIONS[_role] = ROLE_PERMISSIONS[_role] ^ frozenset({_permission})

_status = [1]


def pytest_sessionfinish(session, exitstatus) -> None:
    _status[0] = int(exitstatus)


def pytest_unconfigure(config) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_status[0])
