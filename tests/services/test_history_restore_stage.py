"""Issue 7: restoring a stage from the history restores the date it originally took effect."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coopdesk.domain.audit import AuditAction
from coopdesk.domain.enums import Stage
from coopdesk.domain.records import ParticipantDraft


def stage_entries(services, pid):
    return [r for r in services.audit.history("participants", pid) if r.field == "stage"
            and r.action is AuditAction.UPDATE]


def test_a_restored_stage_takes_its_original_date(coordinator):
    p = coordinator.participants.create(ParticipantDraft(first_name="Anna", last_name="Kowalska",
                                                         pesel="02270803624", stage_date=date(2026, 9, 15)))
    p = coordinator.participants.update(p.id, replace(p.as_draft(), stage=Stage.DIAGNOSED,
                                                      stage_date=date(2026, 10, 1)))
    p = coordinator.participants.update(p.id, replace(p.as_draft(), stage=Stage.IN_TRAINING,
                                                      stage_date=date(2026, 11, 2)))
    newest, older = stage_entries(coordinator, p.id)
    assert (newest.old, newest.new) == ("diagnosed", "in_training")

    restored = coordinator.audit.restore_value(newest.id)
    assert (restored.stage, restored.stage_date) == (Stage.DIAGNOSED, date(2026, 10, 1))
    assert [(h.stage, h.changed_on) for h in restored.stage_history][-1] == (Stage.DIAGNOSED, date(2026, 10, 1))

    restored = coordinator.audit.restore_value(older.id)  # back to the first stage, since its first day
    assert (restored.stage, restored.stage_date) == (Stage.RECRUITED, date(2026, 9, 15))
