"""The gmina picker (coopdesk/ui/widgets/teryt_picker.py): type, pick, the code is set and shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coopdesk.services import reference_data
from coopdesk.ui.widgets.teryt_picker import CODE_ROLE, TerytPicker


def _picker(qtbot) -> TerytPicker:
    picker = TerytPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def test_type_kielc_pick_kielce_sets_the_code(qtbot) -> None:
    picker = _picker(qtbot)
    assert picker.objectName() == "terytPicker"
    assert picker.code() == ""
    qtbot.keyClicks(picker.edit, "kielc")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    assert first.data() == "Kielce (Kielce, świętokrzyskie) – urban gmina"
    assert first.data(CODE_ROLE) == "2661011"
    popup.setCurrentIndex(first)
    with qtbot.waitSignal(picker.chosen) as signal:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert signal.args == ["2661011"]
    assert picker.code() == "2661011"
    assert picker.gmina() is not None and picker.gmina().degurba == 1  # type: ignore[union-attr]
    assert picker.edit.text() == "Kielce (Kielce, świętokrzyskie) – urban gmina"
    details = picker.details.text()
    assert "powiat Kielce" in details and "świętokrzyskie" in details
    assert "city with powiat rights" in details and "TERYT 2661011" in details and "DEGURBA 1" in details


def test_diacritics_are_ignored_and_editing_clears_the_code(qtbot) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.edit, "checiny")
    assert picker.model.rowCount() == 1
    assert picker.model.item(0).data(CODE_ROLE) == "2604033"
    with qtbot.waitSignal(picker.chosen) as signal:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # Enter on the only match picks it
    assert signal.args == ["2604033"]
    assert "urban-rural gmina" in picker.details.text() and "powiat kielecki" in picker.details.text()
    with qtbot.waitSignal(picker.chosen) as cleared:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert cleared.args == [""]
    assert picker.code() == ""
    assert "Pick the gmina from the list" in picker.details.text()  # text typed, nothing picked
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "zzqq")
    assert picker.model.rowCount() == 0 and picker.details.text() == "No gmina matches this text."


def test_a_comma_narrows_namesakes(qtbot) -> None:
    picker = _picker(qtbot)
    # QTest types Latin-1 only: the diacritics-free spelling is what a hurried user types anyway
    qtbot.keyClicks(picker.edit, "boleslawiec")
    codes = [picker.model.item(i).data(CODE_ROLE) for i in range(picker.model.rowCount())]
    assert {"0201011", "0201022", "1018013"} <= set(codes)
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "Boleslawiec, lodzkie")
    assert [picker.model.item(i).data(CODE_ROLE) for i in range(picker.model.rowCount())] == ["1018013"]


def test_set_code_shows_without_emitting_and_keeps_unknown_codes(qtbot) -> None:
    picker = _picker(qtbot)
    with qtbot.assertNotEmitted(picker.chosen):
        picker.set_code("0218032")  # Miękinia's former code -> the current one
    assert picker.code() == "0218033"
    assert picker.edit.text().startswith("Miękinia (średzki, dolnośląskie)")
    picker.set_code("2661099")
    assert picker.code() == "2661099"  # kept, not lost
    assert "not in the gmina dictionary" in picker.details.text()
    picker.set_code("")
    assert picker.code() == "" and picker.edit.text() == "" and picker.details.text() == ""


def test_a_typed_code_and_enter_picks_the_gmina(qtbot) -> None:
    picker = _picker(qtbot)
    with qtbot.waitSignal(picker.chosen) as signal:
        qtbot.keyClicks(picker.edit, "1465011")
        picker.completer.popup().hide()
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert signal.args == ["1465011"]
    assert picker.gmina() is not None and picker.gmina().name == "Warszawa"  # type: ignore[union-attr]


def test_the_dictionary_is_loaded_on_first_use_not_when_the_form_opens(qtbot) -> None:
    calls: list[int] = []

    def source():
        calls.append(1)
        return reference_data.territory()

    picker = TerytPicker(territory=source)
    qtbot.addWidget(picker)
    assert calls == []
    qtbot.keyClicks(picker.edit, "k")
    qtbot.keyClicks(picker.edit, "i")
    assert calls == [1]
