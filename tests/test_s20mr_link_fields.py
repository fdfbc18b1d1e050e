"""Every <PredecessorLink> field of the shared MS Project files is read as the file means it and
written back so, or told: PredecessorUID, Type, LinkLag (tenths of a minute; whole percent for
LagFormat 19/20), LagFormat, CrossProject and CrossProjectName (tests/test_s20mr_cross_project.py).
The shared files use LagFormat 7 and 19 only, so the other formats are checked on a small plan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.task import DurationUnit
from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

_LINK = re.compile(r"<PredecessorLink>(.*?)</PredecessorLink>", re.S)
_FIELD = re.compile(r"<(\w+)>([^<]*)</\1>")


def _links_in(text: str) -> list[tuple[int, int, int, int, int, bool]]:
    """(successor, predecessor, type, lag, format) of each <PredecessorLink> in ``text``,
    with whether it is a cross-project one."""
    out = []
    for task in re.findall(r"<Task>(.*?)</Task>", text, re.S):
        uid = int(re.search(r"<UID>(-?\d+)</UID>", task).group(1))
        for body in _LINK.findall(task):
            f = dict(_FIELD.findall(body))
            out.append(
                (
                    uid,
                    int(f["PredecessorUID"]),
                    int(f.get("Type", 1)),
                    int(f.get("LinkLag", 0)),
                    int(f.get("LagFormat", 7)),
                    f.get("CrossProject", "0") == "1",
                )
            )
    return out


def _shared(shared_data: Path) -> list[Path]:
    files = sorted((shared_data / "mspdi").glob("*.xml")) + sorted(
        (shared_data / "mpp").glob("*.xml")
    )
    return [p for p in files if "<PredecessorLink>" in p.read_text("utf-8", errors="replace")]


def test_s20mr_each_shared_link_is_read_as_written_or_told(shared_data, tmp_path):
    seen = set()
    for path in _shared(shared_data):
        said: list[str] = []
        plan = read_mspdi(path, warn=said.append)
        by_key = {lk.key: lk for lk in plan.links}
        external = 0
        for succ, pred, code, lag, fmt, cross in _links_in(path.read_text("utf-8")):
            seen.add(fmt)
            if cross:
                external += 1
                continue
            lk = by_key.pop((pred, succ))
            assert lk.type.value == code, path.name
            if fmt in (19, 20):
                assert (lk.lag_percent, lk.lag_elapsed) == (lag, fmt == 20), path.name
            else:
                assert (lk.lag_minutes * 10, lk.lag_percent) == (lag, None), path.name
        assert not by_key, f"{path.name}: links read that the file does not hold"
        told = [line for line in said if "cross-project link" in line]
        assert len(told) == (1 if external else 0), path.name
        # written back: each link as it was (a day lag's 7 and a percentage's 19 alike)
        out = tmp_path / path.name
        write_mspdi(plan, out)
        back = [lk[:5] for lk in _links_in(out.read_text("utf-8")) if not lk[5]]
        kept = [lk[:5] for lk in _links_in(path.read_text("utf-8")) if not lk[5]]
        assert sorted(back) == sorted(kept), path.name
    assert seen == {7, 19}  # what the shared files hold; the others below


_UNITS = [
    DurationUnit.MINUTES,
    DurationUnit.HOURS,
    DurationUnit.DAYS,
    DurationUnit.WEEKS,
    DurationUnit.MONTHS,
]


def _file(tmp_path: Path, fmt: int) -> Path:
    rows = (
        "<Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT80H0M0S</Duration></Task>"
        "<Task><UID>2</UID><ID>2</ID><Name>B</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        "<Type>1</Type><CrossProject>0</CrossProject><LinkLag>-28800</LinkLag>"
        f"<LagFormat>{fmt}</LagFormat></PredecessorLink></Task>"
    )
    path = tmp_path / f"lag{fmt}.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project">'
        "<StartDate>2027-03-01T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>"
        f"<Tasks>{rows}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fmt", [*range(3, 13), *range(35, 45)])
def test_s20mr_lag_formats_3_to_12_read_and_write_back(tmp_path, monkeypatch, fmt):
    """MS Project's lag units (3 minutes ... 12 elapsed months; +32 estimated): the lag is
    <LinkLag> tenths of a minute whatever the unit, the even codes elapsed, and the unit is
    written back (an estimated unit as read: Plan.kept_links, tests/test_s21mw_lags.py)."""
    plain = fmt - 32 if fmt > 32 else fmt
    path = _file(tmp_path, fmt)
    (link,) = read_mspdi(path).links
    with monkeypatch.context() as m:
        m.setattr(xml_safety, "_plain_parse", lambda *args: None)
        assert read_mspdi(path).links == [link]
    assert (link.lag_minutes, link.lag_elapsed) == (-2880, plain % 2 == 0)
    assert link.lag_unit is _UNITS[(plain - 3) // 2]
    out = tmp_path / "out.xml"
    write_mspdi(read_mspdi(path), out)
    assert f"<LinkLag>-28800</LinkLag><LagFormat>{fmt}</LagFormat>" in out.read_text("utf-8")
