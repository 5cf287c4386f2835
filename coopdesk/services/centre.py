"""The centre's identity for print-outs (Settings → Centre) and the images printed with it.

The texts are business settings (``settings`` table: journaled like every setting, old -> new); an image
is stored once in ``images`` by its SHA-256 and named by that hash (the journal records which image).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.engine import Database
from coopdesk.db.tables import Setting
from coopdesk.db.tables_centre import Image
from coopdesk.domain.centre import CentreInfo, centre_issues, image_issue, image_type
from coopdesk.domain.errors import FieldIssue, PermissionDenied, ValidationFailed
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.permissions import Permission, allowed, require
from coopdesk.services.context import Context

CENTRE_PREFIX = "centre."  # settings keys: centre.name (also read by the Art. 15 report), centre.address, ...


def _key(name: str) -> str:
    return CENTRE_PREFIX + name


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG/JPEG that decodes completely; None for anything else."""
    from PIL import Image as PilImage  # reportlab's own dependency

    try:
        with PilImage.open(io.BytesIO(data)) as img:
            if img.format not in ("PNG", "JPEG"):
                return None
            img.load()
            return img.size
    except Exception:  # any decoding failure means "cannot be printed"
        return None


class CentreService:
    def __init__(self, db: Database, ctx: Context) -> None:
        self._db = db
        self._ctx = ctx

    def info(self) -> CentreInfo:
        """The centre's data as print-outs use it (any signed-in user prints them)."""
        keys = [_key(f.name) for f in fields(CentreInfo)]
        with self._db.read(self._ctx.actor) as s:
            values = dict(s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all())
        return CentreInfo(**{f.name: values.get(_key(f.name), "") or "" for f in fields(CentreInfo)})

    def save(self, info: CentreInfo) -> CentreInfo:
        """Store the centre's data (coordinator); only changed values are written (and journaled)."""
        require(self._ctx.actor, Permission.SETTINGS_MANAGE)
        issues = [FieldIssue(f, m) for f, m in centre_issues(info)]
        with self._db.session(self._ctx.actor) as s:
            if info.logo and s.get(Image, info.logo) is None:
                issues.append(FieldIssue("logo", QT_TRANSLATE_NOOP("Errors", "The image file is damaged or cannot be read.")))
            if issues:
                raise ValidationFailed(issues)
            for f in fields(CentreInfo):
                value = getattr(info, f.name).strip()
                row = s.get(Setting, _key(f.name))
                if row is None:
                    if value:
                        s.add(Setting(key=_key(f.name), value=value))
                elif row.value != value:
                    row.value = value
        return self.info()

    # --- images ------------------------------------------------------------------------------
    def store_image(self, data: bytes, field: str = "logo") -> str:
        """Check and store a PNG/JPEG (the centre's logo or a project's logo strip); return its SHA-256.
        ``field`` names the field a problem is reported at."""
        actor = self._ctx.actor
        if not (allowed(actor, Permission.SETTINGS_MANAGE) or allowed(actor, Permission.GDPR_MANAGE)):
            raise PermissionDenied()
        size = image_size(data) if data and image_type(data) else None
        problem = image_issue(data, size)
        if problem is not None or size is None:
            raise ValidationFailed([FieldIssue(field, problem or "")])
        with self._db.session(actor) as s:
            return put_image(s, data, image_type(data) or "", size)

    def image(self, sha: str) -> bytes | None:
        """The bytes of a stored image (None when ``sha`` is empty or unknown)."""
        if not sha:
            return None
        with self._db.read(self._ctx.actor) as s:
            row = s.get(Image, sha)
            return bytes(row.data) if row is not None else None


def put_image(s: Session, data: bytes, mime: str, size: tuple[int, int]) -> str:
    """Store an image (checked by the caller) once, by its SHA-256, in the unit of work ``s``; its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    if s.get(Image, sha) is None:
        s.add(Image(sha256=sha, mime=mime, width=size[0], height=size[1], data=data))
    return sha
