"""Find the header row of a client's sheet and guess which column holds what.

Column titles are matched by name and synonym in English, Spanish,
Portuguese, French and German, after folding case, accents and punctuation.
The header may sit below a title block; the row with the most recognised
titles (a task-name column among them) wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.quoting import quoted

# Fields a plan sheet can feed, in the order the mapping dialog shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "wbs",
    "id",
    "duration",
    "start",
    "finish",
    "predecessors",
    "resources",
    "percent",
    "cost",
    "notes",
)

FIELD_TITLES: dict[str, str] = {
    "name": "Task name",
    "wbs": "WBS / outline number",
    "id": "Row ID",
    "duration": "Duration",
    "start": "Start",
    "finish": "Finish",
    "predecessors": "Predecessors",
    "resources": "People",
    "percent": "% complete",
    "cost": "Cost",
    "notes": "Notes",
}

# Earlier synonyms rank higher when two columns claim the same field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "task", "task name", "tasks", "activity", "activity name", "name", "milestone",
        "milestone description", "description", "deliverable", "work item", "item", "title",
        "epic", "feature", "features", "user story", "story",
        "tarea", "nombre de tarea", "nombre de la tarea", "actividad", "nombre", "hito",
        "descripcion",
        "tarefa", "nome da tarefa", "atividade", "nome", "marco", "descricao",
        "tache", "nom de la tache", "nom tache", "nom des taches", "activite", "nom", "jalon",
        "libelle",
        "vorgang", "vorgangsname", "aufgabe", "aktivitat", "meilenstein", "bezeichnung",
        "beschreibung",
    ),
    "wbs": (
        "wbs", "wbs code", "outline", "outline number", "edt", "eap", "psp", "psp code",
        "structure", "numero wbs", "gliederungsnummer",
    ),
    "id": (
        "id", "#", "task id", "no", "nr", "n", "number", "row", "ref", "line", "num",
        "n°", "no.", "numero", "nummer", "lfd nr",
    ),
    "duration": (
        "duration", "dur", "days", "duration days", "length", "estimate", "effort",
        "duracion", "dias", "duracao", "duree", "jours", "dauer", "tage", "aufwand",
        "vorgangsdauer",
    ),
    "start": (
        "start", "start date", "begin", "begins", "starts", "start on", "from",
        "inicio", "comienzo", "fecha inicio", "fecha de inicio", "data de inicio",
        "data inicio", "debut", "date de debut", "date debut", "anfang", "beginn",
        "startdatum", "anfangstermin", "anfangsdatum",
    ),
    "finish": (
        "finish", "end", "end date", "finish date", "due", "due date", "ends", "to",
        "completion", "fin", "fecha fin", "fecha de fin", "fecha final", "termino",
        "vencimiento", "fim", "data de termino", "data fim", "data de fim", "conclusao",
        "date de fin", "date fin", "echeance", "ende", "enddatum", "endtermin", "fallig",
        "faellig", "abschluss", "endedatum", "fin de la tache",
    ),
    "predecessors": (
        "predecessors", "predecessor", "depends on", "dependencies", "dependency", "deps",
        "after", "predecesoras", "predecesores", "predecesora", "predecesor",
        "dependencias", "depende de", "predecessoras", "predecessores", "antecessoras",
        "antecessores", "predecesseurs", "predecesseur", "antecedents", "dependances",
        "depend de", "vorganger", "vorgaenger", "abhangigkeiten", "abhaengigkeiten",
    ),
    "resources": (
        "resources", "resource", "resource names", "resourcing", "people", "owner", "owners",
        "assigned to", "assignee", "assignees", "who", "team", "responsible",
        "recursos", "responsable", "asignado a", "responsavel", "atribuido a",
        "ressources", "assigne a", "ressourcen", "verantwortlich", "zugewiesen an",
        "bearbeiter",
        # MS Project's own Resource Names column in its German, French, Spanish, Portuguese
        "ressourcennamen", "noms ressources", "noms des ressources", "nom des ressources",
        "nombres de los recursos", "nombres de recursos", "nomes dos recursos",
    ),
    "percent": (
        "% complete", "percent complete", "complete", "% done", "progress", "done", "%",
        "% completado", "progreso", "avance", "% concluido", "progresso", "% acheve",
        "avancement", "progression", "% abgeschlossen", "fortschritt", "% fertig",
        "% achevement", "% termine", "% erledigt", "% fertiggestellt",
    ),
    "cost": (
        "fixed cost", "cost", "costs", "budget", "costo", "coste", "presupuesto", "custo",
        "orcamento", "cout", "kosten",
        # MS Project's Fixed Cost column in German, French, Spanish and Portuguese
        "feste kosten", "fixkosten", "kosten fest", "cout fixe", "couts fixes",
        "costo fijo", "coste fijo", "custo fixo", "cout total", "gesamtkosten",
    ),
    "notes": ("notes", "note", "comments", "comment", "remarks", "notas", "commentaires",
              "bemerkungen", "notizen"),
}  # fmt: skip

_WEEK_WORDS = (
    "week",
    "weeks",
    "wk",
    "wks",
    "semana",
    "semanas",
    "semaine",
    "semaines",
    "woche",
    "wochen",
)
_DAY_WORDS = ("day", "days", "dias", "jours", "tage", "d")
_HOUR_WORDS = ("hour", "hours", "hrs", "h", "horas", "heures", "stunden", "std")

_LOOKUP: dict[str, tuple[str, int]] = {}
for _field, _words in SYNONYMS.items():
    for _rank, _word in enumerate(_words):
        _LOOKUP.setdefault(_word, (_field, _rank))

_HEADER_SCAN_ROWS = 40


def fold(title: object) -> str:
    """A column title without case, accents, brackets, punctuation or extra spaces."""
    text = str(title or "").replace("\n", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = re.sub(r"[^\w%#° ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def unit_hint(title: object) -> str | None:
    """Duration unit named in a column title: ``Duration (weeks)`` -> ``w``."""
    words = set(re.findall(r"[a-z]+", unicodedata.normalize("NFKD", str(title or "").lower())))
    if words & set(_WEEK_WORDS):
        return "w"
    if words & set(_HOUR_WORDS):
        return "h"
    if words & set(_DAY_WORDS):
        return "d"
    return None


def match_title(title: object) -> tuple[str, int] | None:
    """(field, rank) a column title stands for, or None."""
    folded = fold(title)
    if not folded:
        return None
    return _LOOKUP.get(folded)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which sheet, which header row and which column (0-based) feeds each field."""

    sheet: str
    header_row: int  # 0-based index into the sheet's rows
    columns: dict[str, int] = field(default_factory=dict)
    titles: tuple[str, ...] = ()  # the header row's cell texts
    duration_unit: str | None = None  # from the title; None: inferred from the data
    # (column, custom text field) of columns kept as custom fields (app/io/sheet_custom.py)
    custom: tuple[tuple[int, str], ...] = ()

    def describe(self) -> str:
        """One line per mapped field, for the CLI and the dialog."""
        lines = [f"sheet {quoted(self.sheet)}, header on row {self.header_row + 1}"]
        for name in FIELDS:
            col = self.columns.get(name)
            if col is not None:
                title = self.titles[col] if col < len(self.titles) else ""
                lines.append(f"  {FIELD_TITLES[name]:<22} <- column {_letter(col)} {quoted(title)}")
        return "\n".join(lines)


def _letter(col: int) -> str:
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def column_letter(col: int) -> str:
    """Spreadsheet letter of a 0-based column."""
    return _letter(col)


def _filled(rows: Sequence[Sequence[object]], start: int, col: int) -> int:
    return sum(1 for r in rows[start : start + 200] if col < len(r) and r[col] not in (None, ""))


def guess_mapping(sheet: str, rows: Sequence[Sequence[object]]) -> ColumnMapping | None:
    """The most plausible header row and column mapping, or None if the sheet is no plan."""
    best: tuple[int, int, ColumnMapping] | None = None
    for i, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        claims: dict[str, list[tuple[int, int, int]]] = {}
        for col, cell in enumerate(row):
            if not isinstance(cell, str):
                continue
            hit = match_title(cell)
            if hit is not None:
                fld, rank = hit
                claims.setdefault(fld, []).append((rank, -_filled(rows, i + 1, col), col))
        if "name" not in claims:
            continue
        # A header needs a name column and something that makes a plan of it.
        planful = {"duration", "start", "finish", "predecessors"} & set(claims)
        if not planful:
            continue
        columns: dict[str, int] = {}
        for fld, options in claims.items():
            # the column with data wins over an empty one, then the higher-ranked synonym
            options.sort(key=lambda o: (o[1] == 0, o[1] if fld == "predecessors" else 0, o[0]))
            columns[fld] = options[0][2]
        if _filled(rows, i + 1, columns["name"]) == 0:
            continue
        score = len(columns)
        titles = tuple("" if c is None else str(c) for c in row)
        unit = unit_hint(titles[columns["duration"]]) if "duration" in columns else None
        mapping = ColumnMapping(sheet, i, columns, titles, unit)
        if best is None or score > best[0]:
            best = (score, i, mapping)
    return None if best is None else best[2]
