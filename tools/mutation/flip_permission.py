"""pytest plugin (``-p flip_permission``): flip one cell of the role-permission table before any test.

COOPDESK_FLIP="advisor:export.run" gives the role the permission if it lacks it, or takes it away if it
has it. The dict is changed in place, so every module that imported ROLE_PERMISSIONS sees the flip.
"""

from __future__ import annotations

import os

from coopdesk.domain.enums import Role
from coopdesk.domain.permissions import ROLE_PERMISSIONS, Permission

_flip = os.environ.get("COOPDESK_FLIP", "")
if _flip:
    _role, _permission = Role(_flip.split(":")[0]), Permission(_flip.split(":")[1])
    ROLE_PERMISSIONS[_role] = ROLE_PERMISSIONS[_role] ^ frozenset({_permission})
