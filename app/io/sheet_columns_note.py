"""What a client's sheet holds that the read leaves out, said once: its columns no field
takes (MS Project's ``Arbeit``, ``Travail``, a ``Kommentar`` column), so a column is never
dropped in silence; and whether its cost column holds each row's own fixed cost (``Fixed
Cost``, ``Feste Kosten``, ``Coût fixe``) or what the row costs in all (``Cost``,
``Kosten``, ``Coût``), as MS Project's two columns differ."""

from __future__ import annotations

from collections.abc import Collection

from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.io.sheet_mapping import ColumnMapping, column_letter, fold

# Words of a cost column's title that make it the row's own fixed cost, folded:
# English, German (Feste Kosten, Fixkosten, Kosten fest), French (Coût fixe), Spanish,
# Portuguese and Italian (costo fijo, custo fixo, costo fisso).
_FIXED_WORDS = frozenset(("fixed", "fix", "fixe", "fixes", "fest", "feste", "fijo", "fixo"))
_FIXED_STARTS = ("fix", "fest", "fiss")  # Fixkosten, Festkosten, fisso
_BRACKETS = str.maketrans("()[]", "    ")
_LISTED = 6  # columns named in the note; past them a count


def is_fixed_cost_title(title: object) -> bool:
    """Whether a cost column's title names the row's own fixed cost (not its total)."""
    words = fold(str(title or "").translate(_BRACKETS)).split()  # "Kosten (fest)" too
    return any(w in _FIXED_WORDS or w.startswith(_FIXED_STARTS) for w in words)


def unread_columns_note(mapping: ColumnMapping, read: Collection[int]) -> str | None:
    """The note naming the header's titled columns that neither ``mapping`` maps, keeps as
    a custom field, nor ``read`` holds (columns read otherwise: Actual Start, a UID);
    None when every titled column is read."""
    used = {*mapping.columns.values(), *(c for c, _ in mapping.custom), *read}
    unread = [
        (col, str(title).strip())
        for col, title in enumerate(mapping.titles)
        if col not in used and str(title).strip()
    ]
    if not unread:
        return None
    named = [f"{column_letter(col)} {quoted(title)}" for col, title in unread[:_LISTED]]
    if len(unread) > _LISTED:
        named.append(f"{len(unread) - _LISTED} more")
    return (
        f"{quoted(mapping.sheet)}: {counted(len(unread), 'column')} not read, no field "
        f"takes {'it' if len(unread) == 1 else 'them'}: {', '.join(named)} (File > Import's "
        "column mapping keeps a column as a custom text field)"
    )
