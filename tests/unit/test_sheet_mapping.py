"""Header detection and column synonyms in five languages."""

from __future__ import annotations

import pytest

from app.io.sheet_mapping import fold, guess_mapping, unit_hint


def test_header_below_a_title_block() -> None:
    rows = [
        ["ACME programme", "", ""],
        ["Status as of March", "", ""],
        ["", "", ""],
        ["Activity", "Days", "Depends on"],
        ["Kick-off", 1, ""],
    ]
    m = guess_mapping("S", rows)
    assert m is not None
    assert m.header_row == 3
    assert m.columns == {"name": 0, "duration": 1, "predecessors": 2}


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (["Tarea", "Duración", "Comienzo", "Fin", "Predecesoras", "Recursos"], "es"),
        (["Tarefa", "Duração", "Início", "Término", "Predecessoras", "Responsável"], "pt"),
        (["Tâche", "Durée", "Début", "Fin", "Prédécesseurs", "Ressources"], "fr"),
        (["Vorgang", "Dauer", "Anfang", "Ende", "Vorgänger", "Ressourcen"], "de"),
        (["Task Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names"], "en"),
    ],
)
def test_synonyms_in_five_languages(titles: list[str], expected: str) -> None:
    m = guess_mapping(expected, [titles, ["x", "1", "", "", "", ""]])
    assert m is not None, expected
    assert m.columns == {
        "name": 0,
        "duration": 1,
        "start": 2,
        "finish": 3,
        "predecessors": 4,
        "resources": 5,
    }


def test_a_sheet_that_is_no_plan_gives_none() -> None:
    rows = [
        ["Level of Ambiguity", "Confidence", "Team Overhead", "Buffer"],
        ["High", "Low", 0.1, 0.4],
    ]
    assert guess_mapping("Buffer", rows) is None


def test_the_filled_of_two_predecessor_columns_wins() -> None:
    rows = [
        ["Task", "Predecessor", "Duration", "Predecessors"],
        ["a", "", 1, ""],
        ["b", "", 1, "1fs"],
    ]
    m = guess_mapping("S", rows)
    assert m is not None
    assert m.columns["predecessors"] == 3


def test_fold_and_unit_hints() -> None:
    assert fold("  % Complete:\n") == "% complete"
    assert fold("Duración (días)") == "duracion"
    assert unit_hint("Duration (weeks)") == "w"
    assert unit_hint("Dauer [Tage]") == "d"
    assert unit_hint("Duration") is None
