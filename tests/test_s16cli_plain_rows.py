"""Plain task rows read from the text of <Tasks> give the plan the ElementTree parse gives.

Each file is read twice: as gantry reads it (plain rows from their text,
app.io.mspdi_plain) and with that path turned off (every row parsed by
ElementTree). Plans, notes and errors must be the same, and the plain path
must really have read the rows it can.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io import mspdi_rows, xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS

_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Project xmlns="{NS}"><Name>Plain</Name><StartDate>2026-01-05T08:00:00</StartDate>'
    "<MinutesPerDay>480</MinutesPerDay>"
)


def _row(uid: int, name: str = "", links: str = "", extra: str = "", level: int = 1) -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name or f'Task {uid}'}</Name>"
        f"<OutlineLevel>{level}</OutlineLevel><Start>2026-01-05T08:00:00</Start>"
        "<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>"
        f"<Manual>0</Manual>{extra}{links}</Task>"
    )


def _link(pred: int, kind: int = 1, lag: int = 0) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>{kind}</Type>"
        f"<CrossProject>0</CrossProject><LinkLag>{lag}</LinkLag><LagFormat>7</LagFormat>"
        "</PredecessorLink>"
    )


def _doc(rows: list[str], tasks_open: str = "<Tasks>", sep: str = "") -> str:
    return _HEAD + tasks_open + sep + sep.join(rows) + sep + "</Tasks></Project>"


def _many(n: int = 400) -> list[str]:
    """Enough rows to span several 64 KiB pieces of text."""
    return [_row(1)] + [
        _row(uid, links=_link(uid - 1) + (_link(uid - 2, 3, 4800) if uid > 2 else ""))
        for uid in range(2, n + 1)
    ]


class _Spy:
    """Counts the rows handed to the parser alone and the whole-file restarts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fragments = 0
        self.restarts = 0
        parse, restart = mspdi_rows.parse_fragment, mspdi_rows.TaskRows.restart

        def fragment(text: str, namespace: str):
            self.fragments += 1
            return parse(text, namespace)

        def again(rows: mspdi_rows.TaskRows) -> None:
            self.restarts += 1
            restart(rows)

        monkeypatch.setattr(mspdi_rows, "parse_fragment", fragment)
        monkeypatch.setattr(mspdi_rows.TaskRows, "restart", again)


@dataclass(frozen=True)
class _Counts:
    """The rows parsed alone and the restarts of the plain read (not of the other)."""

    fragments: int
    restarts: int


def _read(path: Path) -> tuple[object, list[str]]:
    notes: list[str] = []
    plan = read_mspdi(path, warn=notes.append)
    return (
        (plan.project, plan.tasks, plan.links, plan.baselines, plan.assignments),
        notes,
    )


def _both(tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch, encoding: str = "utf-8"):
    """(what gantry reads, what the ElementTree parse alone reads) of ``text``; errors
    come back as their message."""
    path = tmp_path / "plain.xml"
    path.write_bytes(text.encode(encoding))

    def outcome():
        try:
            return _read(path)
        except FileFormatError as exc:
            return str(exc)

    spy = _Spy(monkeypatch)
    plain = outcome()
    counted = _Counts(spy.fragments, spy.restarts)
    with monkeypatch.context() as m:
        m.setattr(xml_safety, "_plain_parse", lambda *args: None)
        parsed = outcome()
    return plain, parsed, counted


def test_plain_rows_over_many_pieces_read_from_their_text(tmp_path, monkeypatch):
    text = _doc(_many())
    assert len(text) > 2 * (1 << 16)
    plain, parsed, spy = _both(tmp_path, text, monkeypatch)
    assert plain == parsed
    assert len(plain[0][1]) == 400
    assert len(plain[0][2]) == 797
    assert (spy.fragments, spy.restarts) == (0, 0)


@pytest.mark.parametrize("sep", ["\n  ", "\r\n\t", "\r"])
def test_rows_written_over_lines_read_the_same(tmp_path, monkeypatch, sep):
    rows = [r.replace("><", ">" + sep + "<") for r in _many(60)]
    rows[3] = _row(4, name="Line one\r\nline two\rthree", links=_link(3))
    plain, parsed, spy = _both(tmp_path, _doc(rows, sep=sep), monkeypatch)
    assert plain == parsed
    assert plain[0][1][3].name == "Line one\nline two\nthree"
    assert (spy.fragments, spy.restarts) == (0, 0)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        (_row(5, name="R&amp;D &lt;core&gt; &#233;"), "R&D <core> é"),
        (_row(5, name="Design > Build"), "Design > Build"),
        (_row(5, name="<![CDATA[a <b> & c]]>"), "a <b> & c"),
        (_row(5, extra="<!-- a comment -->"), "Task 5"),
        (_row(5, extra='<Notes xml:space="preserve">  kept </Notes>'), "Task 5"),
        (
            _row(5, extra="<Baseline><Number>0</Number><Duration>PT8H0M0S</Duration></Baseline>"),
            "Task 5",
        ),
        (
            _row(5, extra="<Stop>2026-01-05T12:00:00</Stop><Resume>2026-01-06T08:00:00</Resume>"),
            "Task 5",
        ),
    ],
)
def test_a_row_that_is_not_plain_is_parsed_alone(tmp_path, monkeypatch, row, name):
    rows = _many(8)
    rows[4] = row
    plain, parsed, spy = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert plain[0][1][4].name == name
    assert spy.restarts == 0
    assert spy.fragments == (0 if "Stop" in row else 1)  # the others: this row alone


@pytest.mark.parametrize(
    "extra",
    [
        "<Notes/>",
        "<Notes></Notes>",
        "<Hyperlink></Hyperlink><HyperlinkAddress/>",
        "<Hyperlink>Spec</Hyperlink><HyperlinkAddress>http://example.com/x</HyperlinkAddress>",
        "<Deadline></Deadline>",
        "<UID>99</UID><Name>second name</Name>",  # the first of a name wins
        "<Unknown>x</Unknown><Other/>",
        "<LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>",
    ],
)
def test_empty_repeated_and_unusual_fields_read_as_the_parser_reads_them(
    tmp_path, monkeypatch, extra
):
    rows = _many(8)
    rows[4] = _row(5, extra=extra, links=_link(4))
    plain, parsed, _ = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed


@pytest.mark.parametrize(
    ("link", "message"),
    [
        (_link(77), "<PredecessorUID> 77 names no task"),
        (_link(5), "its own predecessor"),
        (_link(3, kind=9), "<Type> 9 is not 0..3"),
        (_link(3, lag=10**30), "<LinkLag>"),
        ("<PredecessorLink><PredecessorUID></PredecessorUID></PredecessorLink>", "PredecessorUID"),
    ],
)
def test_a_bad_link_of_a_plain_row_is_named_as_before(tmp_path, monkeypatch, link, message):
    rows = _many(8)
    rows[4] = _row(5, links=link)
    plain, parsed, _ = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert isinstance(plain, str)
    assert message in plain


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("R&amp;D &lt;core&gt; &quot;x&quot; &apos;y&apos;", "R&D <core> \"x\" 'y'"),
        ("&amp;lt; stays &amp;amp;", "&lt; stays &amp;"),
    ],
)
def test_named_references_are_read_from_the_text(tmp_path, monkeypatch, name, read):
    rows = _many(8)
    rows[4] = _row(5, name=name, extra=f"<Notes>{name}</Notes>", links=_link(4))
    plain, parsed, spy = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert plain[0][1][4].name == read
    assert plain[0][1][4].notes == read
    assert spy.fragments == 0


def test_runs_of_rows_left_to_the_parser_keep_their_order(tmp_path, monkeypatch):
    rows = _many(300)
    for k in (*range(10, 60), 61, 63, *range(200, 299)):  # runs, and rows between plain ones
        rows[k] = _row(k + 1, name=f"Row &#{48 + k % 10}; {k}", links=_link(k))
    plain, parsed, spy = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert [t.name for t in plain[0][1]][59:64] == [
        "Row 9 59",
        "Task 61",
        "Row 1 61",
        "Task 63",
        "Row 3 63",
    ]
    assert 0 < spy.fragments < 10  # a run at a time, not a row at a time
    assert spy.restarts == 0


def test_a_cross_project_link_reads_the_same(tmp_path, monkeypatch):
    rows = _many(8)
    rows[4] = _row(5, links=_link(3).replace("<CrossProject>0", "<CrossProject>1"))
    plain, parsed, _ = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert plain[0][1][4].constraint_date is not None


@pytest.mark.parametrize(
    "bad",
    [
        _row(5, name="bell\x07"),  # a character XML refuses
        _row(5, name="x>A<y").replace("</Name>", "</Name>", 1),  # '<' in a text
        _row(5).replace("<Task>", "<Task>x>Notes<y</Notes>"),  # tags in turn but for a '<'
        _row(5).replace("</Name>", "</Nom>"),
        _row(5, name="&undeclared;"),
        _row(5, name="&#0;"),
        _row(5).replace("<Task>", "<Task><Task>"),
        _row(5, extra="<!-- unclosed"),
    ],
)
def test_a_row_that_is_not_well_formed_is_refused_as_before(tmp_path, monkeypatch, bad):
    rows = _many(600)
    rows[450] = bad  # past the first pieces
    plain, parsed, spy = _both(tmp_path, _doc(rows), monkeypatch)
    assert isinstance(plain, str)
    assert plain == parsed
    assert "not well-formed" in plain
    assert spy.restarts == 1  # the whole file went to the parse that names the place


@pytest.mark.parametrize(
    "text",
    [
        _doc(_many(8), tasks_open="<!-- <Tasks> --><Tasks>"),
        _doc(_many(8), tasks_open=f'<Tasks xmlns="{NS}">'),
        _doc(_many(8), tasks_open="<Tasks >"),
        _doc(_many(8)).replace("<Project ", "<Project xmlns:p='urn:x' "),
        _doc(_many(8)).replace(
            "<Calendars>", "<Extra><Tasks><Task><UID>60</UID></Task></Tasks></Extra><Calendars>"
        ),
    ],
)
def test_where_tasks_sit_the_plain_read_agrees(tmp_path, monkeypatch, text):
    plain, parsed, _ = _both(tmp_path, text, monkeypatch)
    assert plain == parsed
    assert len(plain[0][1]) == 8


def test_a_second_tasks_is_refused_by_both_reads(tmp_path, monkeypatch):
    """A second <Tasks> in <Project> was read silently with the first alone; since 175b1e1
    both reads refuse it with the same line (MS Project never writes two)."""
    text = _doc(_many(8)).replace("</Tasks>", "</Tasks><Tasks><Task><UID>50</UID></Task></Tasks>")
    plain, parsed, _ = _both(tmp_path, text, monkeypatch)
    assert isinstance(plain, str)
    assert plain == parsed
    assert "2 <Tasks>" in plain


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_other_encodings_are_left_to_the_parser(tmp_path, monkeypatch, encoding):
    rows = _many(8)
    rows[2] = _row(3, name="José")
    text = _doc(rows)
    if encoding == "latin-1":
        text = text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    plain, parsed, spy = _both(tmp_path, text, monkeypatch, encoding)
    assert plain == parsed
    assert plain[0][1][2].name == "José"
    assert spy.restarts == 1  # read the ordinary way


def test_a_name_beyond_ascii_reads_from_its_text(tmp_path, monkeypatch):
    rows = _many(8)
    rows[2] = _row(3, name="Bühne 工程 \U0001f3d7")
    plain, parsed, spy = _both(tmp_path, _doc(rows), monkeypatch)
    assert plain == parsed
    assert plain[0][1][2].name == "Bühne 工程 \U0001f3d7"
    assert spy.fragments == 0


def test_a_non_character_is_refused_as_before(tmp_path, monkeypatch):
    rows = _many(8)
    rows[2] = _row(3, name="odd \ufffe")
    plain, parsed, _ = _both(tmp_path, _doc(rows), monkeypatch)
    assert isinstance(plain, str)
    assert plain == parsed


def test_entities_declared_before_the_rows_are_still_refused(tmp_path, monkeypatch):
    lol = '<!DOCTYPE Project [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    text = _doc(_many(8)).replace("<Project ", lol + "<Project ", 1)
    text = text.replace("<Name>Task 3</Name>", "<Name>&b;</Name>")
    plain, parsed, _ = _both(tmp_path, text, monkeypatch)
    assert isinstance(plain, str)
    assert plain == parsed
    assert "refused: the file declares a DTD or entities" in plain
