"""What tools/mutation/run.py mutates, and which tests judge each mutant (edit here, not in run.py).

A module's tests are the ones that state its rules; mutmut then runs, for each mutant, only those of
them that call the mutated function (it records which do in a first run).
"""

from __future__ import annotations

# module -> tests that pin its rules (missing files are skipped: a helper's test may not exist yet)
MODULES: dict[str, list[str]] = {  # in the order they run: the largest (validation) last
    "coopdesk/domain/permissions.py": [
        "tests/domain/test_permission_rules.py",
        "tests/services/test_role_matrix.py",
        "tests/services/test_permissions.py",
        "tests/services/test_caseload_property.py",
    ],
    "coopdesk/services/case_access.py": [
        "tests/services/test_role_matrix.py",
        "tests/services/test_permissions.py",
        "tests/services/test_caseload_property.py",
    ],
    "coopdesk/domain/search.py": [
        "tests/domain/test_search.py",
        "tests/services/test_participants.py",
        "tests/services/test_bad_input.py",
    ],
    "coopdesk/domain/gdpr.py": [
        "tests/domain/test_gdpr.py",
        "tests/services/test_consents.py",
        "tests/services/test_export_policy.py",
        "tests/services/test_retention.py",
        "tests/services/test_erasure.py",
        "tests/services/test_gdpr_report.py",
    ],
    "coopdesk/domain/validation.py": [
        "tests/domain/test_validation.py",
        "tests/services/test_participants.py",
        "tests/services/test_bad_input.py",
    ],
}

# The role-permission table is data, which mutmut leaves alone (it mutates code inside functions):
# run.py flips each cell of ROLE_PERMISSIONS itself and runs these tests, stopping at the first failure.
TABLE_TESTS = [
    "tests/services/test_role_matrix.py",
    "tests/services/test_permissions.py",
]

# Hand-made mutants of the caseload rule (issue 6, "The advisor's caseload on every path"): the
# changes a tired programmer would make. (name, file, exact text, replacement); tests: CASELOAD_TESTS.
CASELOAD_TESTS = ["tests/services/test_caseload_property.py"]
_REPO = "coopdesk/db/repositories/participants.py"
_HALF = "        return stmt.where(and_(*_conditions(query), condition))"
HAND_MUTANTS: list[tuple[str, str, str, str]] = [
    ("window_rows without the caseload", _REPO,
     "    if offset <= 0 or isinstance(restrict, Caseload):\n",
     "    if offset > 0 and isinstance(restrict, Caseload):\n        restrict = None\n"
     "    if offset <= 0 or isinstance(restrict, Caseload):\n"),
    ("position() without the caseload", _REPO,
     "    if isinstance(restrict, Caseload):\n        restrict = restrict.condition()\n"
     "    conds = _conditions(query, for_count=True)\n    if restrict is not None:\n"
     "        conds.append(restrict)\n    ranked",
     "    if isinstance(restrict, Caseload):\n        restrict = None\n"
     "    conds = _conditions(query, for_count=True)\n    if restrict is not None:\n"
     "        conds.append(restrict)\n    ranked"),
    ("count without the caseload", _REPO,
     "    if isinstance(restrict, Caseload):\n        restrict = restrict.condition()\n"
     "    conds = _conditions(query, for_count=True)\n    if restrict is not None:\n"
     "        conds.append(restrict)\n    stmt = select(func.count())",
     "    if isinstance(restrict, Caseload):\n        restrict = None\n"
     "    conds = _conditions(query, for_count=True)\n    if restrict is not None:\n"
     "        conds.append(restrict)\n    stmt = select(func.count())"),
    ("export scope without the caseload", "coopdesk/services/export_policy.py",
     "                stmt = stmt.where(scope.condition())",
     "                pass"),
    ("caseload listing ignores every filter", _REPO, _HALF,
     "        return stmt.where(condition)"),
    ("caseload listing ignores the search text", _REPO, _HALF,
     "        return stmt.where(and_(*_conditions(__import__('dataclasses').replace(query, text='')), condition))"),
    ("caseload listing ignores the stage", _REPO, _HALF,
     "        return stmt.where(and_(*_conditions(__import__('dataclasses').replace(query, stage=None)), condition))"),
    ("caseload listing ignores the category", _REPO, _HALF,
     "        return stmt.where(and_(*_conditions(__import__('dataclasses').replace(query, category_id=None)),"
     " condition))"),
    ("caseload listing ignores the advisor filter", _REPO, _HALF,
     "        return stmt.where(and_(*_conditions(__import__('dataclasses').replace(query, advisor_id=None)),"
     " condition))"),
    ("a case shared with its own advisor listed twice", _REPO,
     "    shared = and_(P.id.in_(Caseload(user_id).shared()), or_(P.advisor_id.is_(None), P.advisor_id != user_id))",
     "    shared = P.id.in_(Caseload(user_id).shared())"),
    ("shared half joins the shares (one row per share)", _REPO,
     "        stmt = select(*ROW_COLUMNS, *sort).outerjoin(User, User.id == P.advisor_id)\n",
     "        stmt = select(*ROW_COLUMNS, *sort).outerjoin(User, User.id == P.advisor_id)"
     ".outerjoin(CaseShare, CaseShare.participant_id == P.id)\n"),
    ("everyone's shares count as mine", _REPO,
     "        return select(CaseShare.participant_id).where(CaseShare.user_id == self.user_id)",
     "        return select(CaseShare.participant_id)"),
    ("shared cases left out of the listing", _REPO,
     "    both = union_all(half(mine), half(shared))",
     "    both = union_all(half(mine), half(and_(shared, P.id.is_(None))))"),
    ("caseload listing always ascending", _REPO,
     "    return both.order_by(*[k.desc() if query.descending else k.asc() for k in keys])",
     "    return both.order_by(*[k.asc() for k in keys])"),
    ("participant_names without the caseload", "coopdesk/services/case_access.py",
     "        return repo.Caseload(actor.user_id)\n    return repo.Caseload(None)",
     "        return None\n    return repo.Caseload(None)"),
    ("duplicate check shows people outside the caseload", "coopdesk/services/participants.py",
     "            if repo.in_caseload(s, row.id, self._ctx.actor.user_id):",
     "            if True:"),
    ("get() without the case check", "coopdesk/services/case_access.py",
     "    if case_scope(actor) is not None and not repo.in_caseload(s, participant_id, actor.user_id):",
     "    if False:"),
]
