"""The centre's identity printed on documents (name, address, data-protection contact, logo) and the rules
for the images printed with it (the centre's logo, a project's strip of the funds' logos).

Pure rules on plain values; services/centre.py keeps them in the ``settings`` table and the images in
``images`` (schema 0008).
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.domain.validation import EMAIL_RE, PHONE_RE

MAX_IMAGE_BYTES = 2 * 1024 * 1024  # a logo or a logo strip: 2 MB is plenty at print resolution
MIN_IMAGE_SIDE = 16
MAX_IMAGE_SIDE = 8000
IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class CentreInfo:
    """What every print-out says about the centre. ``logo``: the sha256 of a stored image, or ""."""

    name: str = ""
    address: str = ""  # several lines allowed
    dpo_name: str = ""  # the data protection officer (IOD), or who answers data-protection questions
    dpo_email: str = ""
    dpo_phone: str = ""
    logo: str = ""

    @property
    def dpo_contact(self) -> str:
        """ "Jan Kowalski, iod@example.pl, 12 345 67 89" (the parts that are filled)."""
        return ", ".join(p for p in (self.dpo_name.strip(), self.dpo_email.strip(), self.dpo_phone.strip()) if p)


CENTRE_LIMITS = {"name": 300, "address": 500, "dpo_name": 200, "dpo_email": 200, "dpo_phone": 40}


def centre_issues(info: CentreInfo) -> list[tuple[str, str]]:
    """(field, English message) for centre data that cannot be saved."""
    issues: list[tuple[str, str]] = []
    if not info.name.strip():
        issues.append(("name", QT_TRANSLATE_NOOP("Errors", "Enter the centre's name (it is printed as the data controller).")))
    for name, limit in CENTRE_LIMITS.items():
        if len(getattr(info, name).strip()) > limit:
            issues.append((name, QT_TRANSLATE_NOOP("Errors", "The text is too long.")))
    email = info.dpo_email.strip()
    if email and not EMAIL_RE.match(email):
        issues.append(("dpo_email", QT_TRANSLATE_NOOP("Errors", "Enter a valid e-mail address, e.g. iod@example.pl.")))
    phone = info.dpo_phone.strip()
    if phone and (not PHONE_RE.match(phone) or sum(c.isdigit() for c in phone) < 7):
        issues.append(("dpo_phone", QT_TRANSLATE_NOOP("Errors", "Enter a phone number of at least 7 digits.")))
    return issues


def image_type(data: bytes) -> str | None:
    """The MIME type of a PNG or JPEG file by its first bytes (None: neither)."""
    for magic, mime in IMAGE_TYPES.items():
        if data.startswith(magic):
            return mime
    return None


def image_issue(data: bytes, size: tuple[int, int] | None) -> str | None:
    """English message (context "Errors") when ``data`` cannot be printed as a logo; ``size`` is its
    (width, height) in pixels as decoded by the service (None: it could not be decoded)."""
    if not data:
        return QT_TRANSLATE_NOOP("Errors", "The image file is empty.")
    if len(data) > MAX_IMAGE_BYTES:
        return QT_TRANSLATE_NOOP("Errors", "The image is larger than 2 MB; save it smaller (e.g. 300 dpi, PNG or JPEG).")
    if image_type(data) is None:
        return QT_TRANSLATE_NOOP("Errors", "Choose a PNG or JPEG image.")
    if size is None:
        return QT_TRANSLATE_NOOP("Errors", "The image file is damaged or cannot be read.")
    width, height = size
    if min(width, height) < MIN_IMAGE_SIDE or max(width, height) > MAX_IMAGE_SIDE:
        return QT_TRANSLATE_NOOP("Errors", "The image must be 16 to 8000 pixels wide and high.")
    return None
