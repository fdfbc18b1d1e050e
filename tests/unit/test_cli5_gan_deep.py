"""A GanttProject file nested thousands of levels deep: read, or one clear line, never a crash."""

from __future__ import annotations

from app.cli import main


def _nested(path, depth: int) -> None:
    opening = "".join(
        f'<task id="{i}" name="t{i}" start="2024-01-01" duration="1" complete="0">'
        for i in range(depth)
    )
    path.write_text(
        '<?xml version="1.0"?><project name="deep" version="3.0"><tasks>'
        + opening
        + "</task>" * depth
        + "</tasks></project>"
    )


def test_a_deep_outline_reads_in_outline_order(tmp_path, capsys):
    source = tmp_path / "deep.gan"
    _nested(source, 3000)
    status = main(["info", str(source)])
    out, err = capsys.readouterr()
    assert err == ""
    assert status == 0
    assert "3000 (2999 summaries, 0 milestones)" in out


def test_siblings_and_children_keep_the_file_order(tmp_path):
    from app.io.gan import read_gan

    source = tmp_path / "tree.gan"
    source.write_text(
        '<?xml version="1.0"?><project name="t" version="3.0"><tasks>'
        '<task id="1" name="A" start="2024-01-01" duration="1">'
        '<task id="2" name="A1" start="2024-01-01" duration="1">'
        '<task id="3" name="A1a" start="2024-01-01" duration="1"/></task>'
        '<task id="4" name="A2" start="2024-01-01" duration="1"/></task>'
        '<task id="5" name="B" start="2024-01-01" duration="1"/>'
        "</tasks></project>"
    )
    plan = read_gan(source)
    assert [(t.name, t.outline_level) for t in plan.tasks] == [
        ("A", 1),
        ("A1", 2),
        ("A1a", 3),
        ("A2", 2),
        ("B", 1),
    ]
