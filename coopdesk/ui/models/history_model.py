"""A record's audit history: a lazy table model over ``AuditService.history`` (newest first).

Pages are fetched by id (``before_id``) as the view scrolls, so a history of any length opens with
one indexed query. Values are shown with readable labels: enum codes become their labels, ISO dates
dd.mm.rrrr (domain/formats), create/delete snapshots a "Field: value; ..." list.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from enum import Enum, IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coopdesk.domain.audit import (
    ACTION_LABELS,
    CHILD_ACTION_LABELS,
    CHILD_LABELS,
    AuditAction,
    AuditRecord,
    FieldRef,
)
from coopdesk.domain.enums import (
    ANSWER_LABELS,
    CITIZENSHIP_LABELS,
    CONTRACT_FORM_LABELS,
    DEGURBA_LABELS,
    DISABILITY_DEGREE_LABELS,
    EXIT_REASON_LABELS,
    EXIT_SITUATION_LABELS,
    ISCED_LABELS,
    LABOUR_DETAIL_LABELS,
    LABOUR_STATUS_LABELS,
    PARTICIPANT_TYPE_LABELS,
    ROLE_LABELS,
    SEX_LABELS,
    STAGE_LABELS,
    SUPPORT_FORM_LABELS,
    Answer,
    Citizenship,
    ContractForm,
    Degurba,
    DisabilityDegree,
    ExitReason,
    ExitSituation,
    Isced,
    LabourDetail,
    LabourStatus,
    ParticipantType,
    Role,
    Sex,
    Stage,
    SupportForm,
)
from coopdesk.domain.formats import format_date, format_datetime
from coopdesk.domain.gdpr import CONSENT_PURPOSE_LABELS, ConsentPurpose
from coopdesk.domain.i18n import QT_TRANSLATE_NOOP
from coopdesk.services.audit import CODED_FIELDS, FIELD_LABELS, AuditService, JournalNames

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex

_LABELS_OF: dict[type[Enum], dict] = {
    Sex: SEX_LABELS, Citizenship: CITIZENSHIP_LABELS, Degurba: DEGURBA_LABELS, Isced: ISCED_LABELS,
    LabourStatus: LABOUR_STATUS_LABELS, LabourDetail: LABOUR_DETAIL_LABELS, Answer: ANSWER_LABELS,
    Stage: STAGE_LABELS, Role: ROLE_LABELS, DisabilityDegree: DISABILITY_DEGREE_LABELS,
    ParticipantType: PARTICIPANT_TYPE_LABELS, ExitReason: EXIT_REASON_LABELS, ExitSituation: EXIT_SITUATION_LABELS,
    ContractForm: CONTRACT_FORM_LABELS, SupportForm: SUPPORT_FORM_LABELS,
}
# Fields whose stored code has a label: each column's enum as its table declares it (codes=...).
_ENUM_LABELS: dict[str, tuple[type[Enum], dict]] = {
    field: (enum, _LABELS_OF[enum]) for field, enum in CODED_FIELDS.items() if enum in _LABELS_OF
}
_USER_FIELDS = frozenset({"advisor_id", "changed_by_id", "shared_by_id", "user_id", "verified_by_id"})
# Journaled names that are not columns: a read of special data lists "categories" (the person's at-risk
# categories) among the fields shown.
_OTHER_FIELD_LABELS: dict[str, str] = {
    "categories": QT_TRANSLATE_NOOP("Labels", "At-risk categories"),
    "consents": QT_TRANSLATE_NOOP("Labels", "Consents"),
}


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    FIELD = 3
    OLD = 4
    NEW = 5


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def format_when(at: datetime) -> str:
    """A journal time (UTC) in the user's local time: ``14.05.2026 11:05``."""
    return format_datetime(at)


def consent_label(code: str) -> str:
    try:
        return _label(CONSENT_PURPOSE_LABELS[ConsentPurpose(code)])
    except (ValueError, KeyError):
        return code


def _participation_name(key: str, names: JournalNames) -> str:
    """A participation by its project's code (the journal names it by its id)."""
    code = names.participations.get(int(key)) if key.isdigit() else None
    if code is None:
        return key
    return code or QCoreApplication.translate("Labels", "no project")


def field_label(field: str, names: JournalNames | None = None) -> str:
    """``first_name`` -> "First name"; ``category:BEZR.proof_date`` -> "At-risk category <its name> - Proof
    date"; ``consent:image`` -> "Consent: Use of image ..."; ``share:anowak`` -> "Case shared with Anna Nowak"."""
    if "," in field:  # a read lists several fields
        return ", ".join(field_label(f, names) for f in field.split(","))
    ref = FieldRef.parse(field)
    if not ref.child:
        labels = FIELD_LABELS if field in FIELD_LABELS else _OTHER_FIELD_LABELS
        return _label(labels[field]) if field in labels else field
    names = names or JournalNames()
    key = {
        "category": lambda k: names.categories.get(k, k),
        "consent": consent_label,
        "share": lambda k: names.usernames.get(k, k),
        "participation": lambda k: _participation_name(k, names),
        "support": lambda k: _label(SUPPORT_FORM_LABELS[SupportForm(k)]) if k in set(SupportForm) else k,
    }.get(ref.child, lambda k: k)(ref.key)
    base = _label(CHILD_LABELS.get(ref.child, ref.child + " {key}")).format(key=key)
    if ref.attribute:
        return f"{base} \u2013 {field_label(ref.attribute, names)}"
    return base


class HistoryModel(QAbstractTableModel):
    """The journal entries of one record, loaded page by page, newest first."""

    def __init__(
        self,
        audit: AuditService,
        table: str,
        record_id: int | None,
        include_reads: bool = False,
        user_names: dict[int, str] | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._table = table
        self._record_id = record_id
        self._include_reads = include_reads
        self._user_names = user_names or {}  # on top of the journal's own names (``AuditService.names``)
        self._names: JournalNames | None = None
        self._page_size = page_size
        self._rows: list[AuditRecord] = []
        self._more = False
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.WHO: self.tr("Who"),
            Column.ACTION: self.tr("Action"),
            Column.FIELD: self.tr("Field"),
            Column.OLD: self.tr("Old value"),
            Column.NEW: self.tr("New value"),
        }

    # --- loading -------------------------------------------------------------------------------
    def reload(self, include_reads: bool | None = None) -> None:
        """(Re)read the first page. Raises the service's errors (e.g. PermissionDenied)."""
        if include_reads is not None:
            self._include_reads = include_reads
        page = self._page(None)
        if self._names is None:
            names = self._audit.names(self._record_id if self._table == "participants" else None)
            self._names = replace(names, users=names.users | self._user_names)
        self.beginResetModel()
        self._rows = page
        self._more = len(page) == self._page_size
        self.endResetModel()

    def record(self, row: int) -> AuditRecord:
        return self._rows[row]

    @property
    def names(self) -> JournalNames:
        return self._names or JournalNames(users=self._user_names)

    def who(self, item: AuditRecord) -> str:
        """The user's full name (the user name when the account is gone or unnamed)."""
        return self.names.usernames.get(item.username) or item.username

    def field_text(self, item: AuditRecord) -> str:
        return field_label(item.field, self.names) if item.field else ""

    def value_lines(self, item: AuditRecord, which: str) -> list[str]:
        """The old (``which="old"``) or new value in full, one "Field: value" per line for a whole record."""
        if which == "new" and item.action is AuditAction.RESTORE:
            return [self._restore_text(item)]
        if item.action in (AuditAction.CREATE, AuditAction.DELETE):
            values = item.values(which)
            if values is not None:
                return [f"{field_label(k, self.names)}: {self.format_value(k, v)}" for k, v in values.items()]
        text = self._value_text(item, item.old if which == "old" else item.new, which)
        return [text] if text else []

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), None)

    def _page(self, before_id: int | None) -> list[AuditRecord]:
        return self._audit.history(
            self._table, self._record_id, limit=self._page_size, before_id=before_id,
            include_reads=self._include_reads,
        )

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(item, Column(index.column()))
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in (Column.OLD, Column.NEW):
                return text.replace("; ", "\n")
            return text
        if role == ID_ROLE:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[Column(section)] if 0 <= section < len(Column) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self._rows:
            return
        page = self._page(self._rows[-1].id)
        self._more = len(page) == self._page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- formatting ----------------------------------------------------------------------------
    def _display(self, item: AuditRecord, column: Column) -> str:
        match column:
            case Column.WHEN:
                return format_when(item.at)
            case Column.WHO:
                return self.who(item)
            case Column.ACTION:
                labels = CHILD_ACTION_LABELS if item.is_child and item.action in CHILD_ACTION_LABELS else {}
                return _label(labels.get(item.action) or ACTION_LABELS[item.action])
            case Column.FIELD:
                return self.field_text(item)
            case Column.OLD:
                return self._value_text(item, item.old, "old")
            case Column.NEW:
                if item.action is AuditAction.RESTORE:
                    return self._restore_text(item)
                return self._value_text(item, item.new, "new")
        return ""

    def _value_text(self, item: AuditRecord, text: str | None, which: str) -> str:
        if item.action in (AuditAction.CREATE, AuditAction.DELETE):
            values = item.values(which)
            if values is not None:
                return "; ".join(f"{field_label(k, self.names)}: {self.format_value(k, v)}" for k, v in values.items())
        if text is None and item.action not in (AuditAction.UPDATE, AuditAction.RESTORE):
            return ""  # nothing before a create, nothing after a delete, no values for a read
        return self.format_value(FieldRef.parse(item.field).attribute, text)

    def _restore_text(self, item: AuditRecord) -> str:
        try:
            source = json.loads(item.new or "{}")
            at = format_when(datetime.fromisoformat(source["at"]))
        except (ValueError, KeyError, TypeError):
            return ""
        value = self.format_value(item.field, source.get("value"))
        return self.tr("%1 (the value before the change of %2)").replace("%1", value).replace("%2", at)

    def format_value(self, field: str, text: str | None) -> str:
        if text is None or text == "":
            return self.tr("(empty)")
        if field == "password_hash":
            return self.tr("changed") if text == "changed" else self.tr("set")
        if field in _ENUM_LABELS:
            enum, labels = _ENUM_LABELS[field]
            try:
                return _label(labels[enum(text)])
            except (ValueError, KeyError):
                return text
        names = self.names
        if field in _USER_FIELDS and text.isdigit():
            return names.users.get(int(text), f"#{text}")
        if field == "project_id" and text.isdigit():
            return names.projects.get(int(text), f"#{text}")
        if field == "category_id" and text.isdigit():
            return names.category_ids.get(int(text), f"#{text}")
        if field == "purpose":
            return consent_label(text)
        if text in ("true", "false"):
            return self.tr("Yes") if text == "true" else self.tr("No")
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            try:
                d = date.fromisoformat(text)
            except ValueError:
                return text
            return format_date(d)
        if len(text) >= 19 and text[10] == "T":
            try:
                return format_when(datetime.fromisoformat(text))
            except ValueError:
                return text
        return text
