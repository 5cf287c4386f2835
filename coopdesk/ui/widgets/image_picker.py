"""An image field (a logo, the strip of the funds' logos): a preview that keeps the proportions, Choose…
and Remove. The image is checked and stored by services.centre.store_image; the field holds its hash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import ValidationFailed
from coopdesk.ui import prompts


class ImagePicker(QWidget):
    """``problem`` carries the translated reason when a chosen file cannot be used (shown at the field by
    the dialog); ``changed`` when the image is chosen or removed."""

    problem = Signal(str)
    changed = Signal()

    def __init__(self, centre_service, preview: tuple[int, int], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._centre = centre_service
        self._preview = preview
        self._sha = ""
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName(f"{name}Preview")
        self.preview_label.setMinimumSize(*preview)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_button = QPushButton(QCoreApplication.translate("ImagePicker", "Choose image…"), self)
        self.choose_button.setObjectName(f"{name}Choose")
        self.choose_button.setToolTip(QCoreApplication.translate(
            "ImagePicker", "A PNG or JPEG file up to 2 MB; printed with its proportions kept"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(QCoreApplication.translate("ImagePicker", "Remove image"), self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.clicked.connect(self.clear)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_label, 1)
        layout.addLayout(buttons)
        self._show()

    def sha(self) -> str:
        return self._sha

    def set_sha(self, sha: str) -> None:
        self._sha = sha or ""
        self._show()

    def clear(self) -> None:
        self.set_sha("")
        self.changed.emit()

    def choose(self) -> bool:
        path = prompts.choose_open_file(self, QCoreApplication.translate("ImagePicker", "Choose an image"), "",
                                        QCoreApplication.translate("ImagePicker", "Images (*.png *.jpg *.jpeg)"))
        return self.set_file(Path(path)) if path else False

    def set_file(self, path: Path) -> bool:
        """Check and store the file's image; False (and ``problem``) when it cannot be used."""
        try:
            sha = self._centre.store_image(path.read_bytes())
        except OSError:
            self.problem.emit(QCoreApplication.translate("ImagePicker", "The file cannot be read."))
            return False
        except ValidationFailed as exc:
            self.problem.emit("\n".join(i.render(lambda t: QCoreApplication.translate("Errors", t)) for i in exc.issues))
            return False
        self.set_sha(sha)
        self.changed.emit()
        return True

    def _show(self) -> None:
        data = self._centre.image(self._sha) if self._sha else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview_label.setPixmap(pixmap.scaled(*self._preview, Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(QCoreApplication.translate("ImagePicker", "No image"))
        self.remove_button.setEnabled(bool(self._sha))
