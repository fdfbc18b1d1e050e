"""Opening the Team tab on a generated 10,000-task plan with 200 people.

The tab's first person gets their assignment list and workload chart filled
once (they were filled twice: ~2.1 s to open at 100k tasks, ~1.5 s at 10k,
including pyqtgraph's first import). No timing is asserted here.
"""

from __future__ import annotations

import pytest

from app.ui.document import Document
from app.ui.team.view import TeamView
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def document():
    return Document(make_plan(10_000, 15_000, 3, n_resources=200))


def test_bench_team_tab_opens_on_10k(benchmark, qtbot, document):
    def open_tab():
        view = TeamView(document)
        view.deleteLater()
        return view.selected_uid()

    assert benchmark.pedantic(open_tab, rounds=3, iterations=1) is not None
