"""The gmina picker for a place of residence: type part of a name, pick "Gmina (powiat, voivodeship)".

A line edit with a completer over ``coopdesk.domain.territory.search_gminas``: case and Polish diacritics
are ignored ('kielc' offers Kielce, 'lodz' Łódź), a comma narrows by powiat, voivodeship or type
('Bolesławiec, wiejska'), digits match the TERYT code. The completer shows what the search returned
(its model is refilled on every keystroke, so Qt's own prefix filter never hides a diacritics-insensitive
match). Picking an entry - or Enter on a single match or a complete known code - sets the code and emits
``chosen(code)``; editing the text afterwards clears it and emits ``chosen("")``. Under the line the
chosen gmina's powiat, voivodeship, type, code and DEGURBA are shown.

The dictionary is read on first use (the first keystroke or ``set_code``), not when the form opens:
``coopdesk.services.reference_data.territory()``, cached for the process.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from coopdesk.domain.territory import (
    CITY_RIGHTS_LABEL,
    KIND_LABELS,
    Gmina,
    Territory,
    code_issue,
    lookup,
    search_gminas,
)
from coopdesk.services import reference_data

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ENTRIES = 50


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def entry_text(gmina: Gmina) -> str:
    """'Chęciny (kielecki, świętokrzyskie) – urban-rural gmina': the completer's and the field's text."""
    return f"{gmina.label} – {_label(KIND_LABELS[gmina.kind])}"


class TerytPicker(QWidget):
    chosen = Signal(str)  # the TERYT code picked; "" when the user cleared or changed the text

    def __init__(self, parent: QWidget | None = None, territory: Callable[[], Territory] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terytPicker")
        self._territory_source = territory or reference_data.territory
        self._territory: Territory | None = None
        self._code = ""
        self._gmina: Gmina | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("terytEdit")
        self.edit.setPlaceholderText(self.tr("Type the gmina, e.g. Kielce or 'Bolesławiec, wiejska'"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.details = QLabel(self)
        self.details.setObjectName("terytDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.setFocusProxy(self.edit)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        # the QModelIndex overload: the entry's code, not its text
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._return_pressed)
        self._show_details()

    # -- the form's side -----------------------------------------------------------------------------
    def code(self) -> str:
        return self._code

    def gmina(self) -> Gmina | None:
        """The chosen gmina (names, type, DEGURBA to copy into the participation); None if none or unknown."""
        return self._gmina

    def set_code(self, code: str) -> None:
        """Show the gmina of a stored code without emitting ``chosen``. A former code shows the current
        gmina (``code()`` then gives the current code); a code not in the dictionary is kept as it is and
        said so under the field, so saving does not lose it."""
        code = (code or "").strip()
        gmina = lookup(code, self._data()) if code else None
        self._gmina = gmina
        self._code = gmina.code if gmina else code
        self.edit.setText(entry_text(gmina) if gmina else code)
        self._show_details(unknown=bool(code) and gmina is None)

    # -- internals -----------------------------------------------------------------------------------
    def _data(self) -> Territory:
        if self._territory is None:
            self._territory = self._territory_source()
        return self._territory

    def _edited(self, text: str) -> None:
        if self._code:
            self._code = ""
            self._gmina = None
            self._show_details()
            self.chosen.emit("")
        # editing a picked entry 'Chęciny (kielecki, …) – …' searches its name again
        found = search_gminas(text.split(" (")[0], self._data(), limit=MAX_ENTRIES)
        self.model.clear()
        for gmina in found:
            item = QStandardItem(entry_text(gmina))
            item.setData(gmina.code, CODE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if found:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            self.details.setText(self.tr("Pick the gmina from the list; a comma narrows it: 'Nowa Wieś, pomorskie'."))
        else:
            self.completer.popup().hide()
            self.details.setText(self.tr("No gmina matches this text.") if text.strip() else "")

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        if code:
            self._choose(str(code))

    def _return_pressed(self) -> None:
        if self._code:
            return
        text = self.edit.text().strip()
        if not code_issue(text) and lookup(text, self._data()):
            self._choose(text)
        elif self.model.rowCount() == 1:
            self._choose(str(self.model.item(0).data(CODE_ROLE)))

    def _choose(self, code: str) -> None:
        gmina = lookup(code, self._data())
        if gmina is None:
            return
        self._gmina = gmina
        self._code = gmina.code
        self.completer.popup().hide()
        self.edit.setText(entry_text(gmina))
        self._show_details()
        self.chosen.emit(gmina.code)

    def _show_details(self, unknown: bool = False) -> None:
        g = self._gmina
        if unknown:
            self.details.setText(
                self.tr("TERYT code {code} is not in the gmina dictionary - pick the gmina again.").format(
                    code=self._code
                )
            )
        elif g is None:
            self.details.setText("")
        else:
            kind = _label(KIND_LABELS[g.kind])
            if g.city_rights:
                kind = f"{kind}, {_label(CITY_RIGHTS_LABEL)}"
            degurba = str(g.degurba) if g.degurba else self.tr("not known")
            self.details.setText(
                self.tr("powiat {powiat}, voivodeship {voivodeship} · {kind} · TERYT {code} · DEGURBA {degurba}").format(
                    powiat=g.powiat, voivodeship=g.voivodeship, kind=kind, code=g.code, degurba=degurba
                )
            )
