"""What the permission checks themselves add to listing 100,000 participants.

coopdesk: ParticipantService.count + list_page as the coordinator (permission check, scope, session).
Floor: the very same repository queries with no permission code (count_rows + list_rows on a session).
Target (issue 3): the checks add at most 10 %. (An advisor's caseload is a different, smaller query:
bench_accounts.py compares it with the coordinator's equivalent filters.)

    .venv/bin/python benchmarks/bench_permissions.py [--repeat N]
"""

from __future__ import annotations

import argparse

from common import Table, bench_services, measure

from coopdesk.db.repositories import participants as repo
from coopdesk.domain.enums import Stage
from coopdesk.domain.records import ParticipantQuery, SortKey

QUERIES = {
    "default list (by name)": ParticipantQuery(),
    "search 'kow'": ParticipantQuery(text="kow"),
    "search 'kowal an'": ParticipantQuery(text="kowal an"),
    "stage = in training": ParticipantQuery(stage=Stage.IN_TRAINING),
    "sorted by town": ParticipantQuery(sort=SortKey.TOWN),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    services = bench_services()
    table = Table("Permission checks on listing 100,000 participants (coordinator): count + first 200 rows")
    worst = 0.0
    for name, query in QUERIES.items():
        def checked(q=query):
            services.participants.count(q)
            services.participants.list_page(q, 0, 200)

        def unchecked(q=query):
            with services.db.read() as s:
                repo.count_rows(s, q)
            with services.db.read() as s:
                repo.list_rows(s, q, 0, 200)

        with_checks = measure(checked, repeat=args.repeat).median
        floor = measure(unchecked, repeat=args.repeat).median
        worst = max(worst, with_checks / floor)
        table.add(name, with_checks, floor, "<= 1.10x")
    table.print()
    print(f"worst ratio: {worst:.2f}x (target <= 1.10x)")
    services.close()


if __name__ == "__main__":
    main()
