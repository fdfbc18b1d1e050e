"""MS Project XML's Type 2 timephased rows (Assignment Actual Work) are read and written back
(task s30ta, finding s30xt H2): Resource Two's 3h20 on 6 Jul and 1h40 on 7 Jul stay there
(without its actual overtime, which the rows hold too: s30fj)."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree as ET

from app.cli import main
from app.formats import read_plan, write_plan


def _days(a):
    return [(p.start.date(), round(p.minutes)) for p in a.actual_days]


def _without_overtime_done(shared_data, tmp_path):
    """mspdiassignmentfields.xml with Resource Two's 2h of actual overtime taken out: its Type 2
    rows then hold regular work alone (with overtime they hold it too, and the assignment keeps
    its actual work as a total: tests/test_s30fj_overtime_days.py)."""
    ns = "http://schemas.microsoft.com/project"
    ET.register_namespace("", ns)
    tree = ET.parse(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    for row in tree.getroot().iter(f"{{{ns}}}Assignment"):
        if row.findtext(f"{{{ns}}}UID") != "5":
            continue
        row.find(f"{{{ns}}}ActualOvertimeWork").text = "PT0H0M0S"
        for td in row.findall(f"{{{ns}}}TimephasedData"):
            if td.findtext(f"{{{ns}}}Type") == "3":
                row.remove(td)
    out = tmp_path / "mspdiassignmentfields.xml"
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return out


def test_s30ta_ms_project_actual_days_are_kept(shared_data, tmp_path, capsys):
    source = _without_overtime_done(shared_data, tmp_path)
    plan = read_plan(source)
    two = next(a for a in plan.assignments if a.uid == 5)
    assert _days(two) == [(date(2011, 7, 6), 200), (date(2011, 7, 7), 100)]
    out = tmp_path / "back.xml"
    write_plan(plan, out)
    assert _days(read_plan(out).assignment(5)) == _days(two)
    capsys.readouterr()
    assert main(["usage", str(source), "--by", "day", "--details", "actual"]) == 0
    text = capsys.readouterr()
    lines = text.out.splitlines()
    at = next(k for k, r in enumerate(lines) if r.startswith("Resource Two"))
    assert lines[at + 1].split("Actual Work")[1].split()[:2] == ["3.3h", "1.7h"]  # Wed 6, Thu 7
    assert "Assignment" not in "".join(r for r in text.err.splitlines() if "actual work" in r)


def _typed_xml(tmp_path, name: str, hours: float):
    from app.domain.assignment_work import apply_edit
    from app.domain.scheduler import schedule
    from app.domain.typed_actuals import actual_typing_edit
    from tests.test_s30ta_actual_days import interviews

    plan = interviews()
    friday = date(2027, 1, 8)
    apply_edit(plan, actual_typing_edit(plan, schedule(plan), 1, friday, friday, hours * 60))
    path = tmp_path / name
    write_plan(plan, path)
    return path


def test_s30ta_diff_names_a_persons_hours_on_a_day(tmp_path, capsys):
    before, after = _typed_xml(tmp_path, "a.xml", 6), _typed_xml(tmp_path, "b.xml", 7)
    assert _days(read_plan(before).assignment(1)) == [(date(2027, 1, 8), 360)]
    capsys.readouterr()
    main(["diff", str(before), str(after)])
    out = capsys.readouterr().out
    assert (
        "Maria on ID 1 'Interviews': Actual work by day '2027-01-08 6h' -> '2027-01-08 7h'" in out
    )


def test_s30ta_formats_keeping_totals_say_so(tmp_path, capsys):
    source = _typed_xml(tmp_path, "a.xml", 6)
    for ext in (".gan", ".csv"):
        capsys.readouterr()
        assert main(["convert", str(source), str(tmp_path / f"out{ext}")]) == 0
        err = capsys.readouterr().err
        assert (
            f"{ext} keeps actual work as a total: the hours typed day by day on 1 person's" in err
        )
    assert main(["convert", str(source), str(tmp_path / "out.xlsx")]) == 0
    assert "actual work as a total" not in capsys.readouterr().err
    assert _days(read_plan(tmp_path / "out.xlsx").assignment(1)) == [(date(2027, 1, 8), 360)]
