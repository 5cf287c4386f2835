"""Render coopdesk/assets/icons/coopdesk.svg into the PNG sizes the desktop and the window use.

    .venv/bin/python packaging/render_icons.py    # after editing the SVG; commit the PNGs

Qt's own SVG renderer (PySide6 QtSvg), so no other tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "coopdesk" / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    for size in SIZES:
        target = ICONS / f"coopdesk-{size}.png"
        if not render(ICONS / "coopdesk.svg", size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(ICONS.parents[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
