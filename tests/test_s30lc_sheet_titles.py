"""MS Project's German and French column titles are read (s30xl F3): a French client's
``Noms ressources`` and ``Coût fixe``, a German one's ``Ressourcennamen`` and ``Feste
Kosten``; and a column no field takes (``Travail``, ``Arbeit``) is named in one note rather
than dropped in silence."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.io.csv_plan import read_csv
from app.io.excel_import import read_workbook
from app.io.sheet_columns_note import is_fixed_cost_title
from app.io.sheet_mapping import match_title

FRENCH = (
    "Nom de la tâche;Durée;Début;Fin;Prédécesseurs;Noms ressources;Coût fixe;% achevé;Travail\n"
    "Étude préalable;2,5 j;04/01/2027;;;Françoise Lefèvre;1\u202f234,50 €;50 %;20 h\n"
    "Réalisation Zürich;2 sem;;;1;Jürgen Müller;12 000,00 €;0 %;80 h\n"
)


def test_s30lc_ms_project_titles_in_german_and_french():
    expected = {
        "Ressourcennamen": "resources",
        "Noms ressources": "resources",
        "Noms des ressources": "resources",
        "Coût fixe": "cost",
        "Feste Kosten": "cost",
        "Fixkosten": "cost",
        "Vorgangsname": "name",
        "Nom de la tâche": "name",
        "Dauer": "duration",
        "Durée": "duration",
        "Anfang": "start",
        "Début": "start",
        "Ende": "finish",
        "Fin": "finish",
        "Vorgänger": "predecessors",
        "Prédécesseurs": "predecessors",
        "Kosten": "cost",
        "Coût": "cost",
        "% abgeschlossen": "percent",
        "% achevé": "percent",
    }
    for title, field in expected.items():
        hit = match_title(title)
        assert hit is not None, title
        assert hit[0] == field, title


def test_s30lc_fixed_cost_titles():
    for title in ("Fixed Cost", "Coût fixe", "Feste Kosten", "Fixkosten", "Kosten (fest)"):
        assert is_fixed_cost_title(title), title
    for title in ("Cost", "Kosten", "Coût", "Gesamtkosten"):
        assert not is_fixed_cost_title(title), title


def test_s30lc_french_csv_keeps_people_and_fixed_cost(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    path = tmp_path / "fr_client.csv"
    path.write_text(FRENCH, encoding="utf-8")
    notes: list[str] = []
    plan = read_csv(path, warn=notes.append)
    assert sorted(r.name for r in plan.resources) == ["Françoise Lefèvre", "Jürgen Müller"]
    assert [t.fixed_cost for t in plan.tasks] == [1234.5, 12000.0]
    unread = [n for n in notes if "not read" in n]
    assert len(unread) == 1
    assert "I 'Travail'" in unread[0]


def test_s30lc_german_workbook_names_unread_column(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append(["Nr.", "Vorgangsname", "Dauer", "Ressourcennamen", "Arbeit", "Feste Kosten"])
    sheet.append([1, "Planung", "2 Tage", "Jürgen Müller", "16 Std.", 500])
    sheet.append([2, "Bau", "3 Tage", "Anna Schmidt", "24 Std.", 1500])
    path = tmp_path / "client_de.xlsx"
    book.save(path)
    notes: list[str] = []
    plan = read_workbook(path, warn=notes.append)
    assert sorted(r.name for r in plan.resources) == ["Anna Schmidt", "Jürgen Müller"]
    unread = [n for n in notes if "not read" in n]
    assert len(unread) == 1
    assert "E 'Arbeit'" in unread[0]


def test_s30lc_every_column_read_says_nothing(tmp_path: Path):
    path = tmp_path / "plain.csv"
    path.write_text("Task,Duration,Cost\nDesign,2d,100\n", encoding="utf-8")
    notes: list[str] = []
    read_csv(path, warn=notes.append)
    assert not [n for n in notes if "not read" in n]
