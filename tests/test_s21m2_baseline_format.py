"""A task's <Baseline> carries its duration's <DurationFormat>, as MS Project's files hold it
(7 days, 5 hours, 9 weeks: the task's own unit; a summary's the project's), where none was
written and a reader took the baseline duration's unit as it pleased."""

from __future__ import annotations

import re

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi


def _baseline_formats(text: str) -> dict[tuple[str, str], str]:
    """(task UID, baseline number) -> the baseline's <DurationFormat>, where it has one."""
    out = {}
    tasks = text.split("<Tasks>", 1)[1].split("</Tasks>", 1)[0]
    for body in re.findall(r"<Task>(.*?)</Task>", tasks, re.S):
        uid = re.search(r"<UID>(\d+)</UID>", body).group(1)
        for b in re.findall(r"<Baseline>(.*?)</Baseline>", body, re.S):
            fmt = re.search(r"<DurationFormat>(\d+)</DurationFormat>", b)
            if fmt is not None:
                out[uid, re.search(r"<Number>(\d+)</Number>", b).group(1)] = fmt.group(1)
    return out


@pytest.mark.parametrize("name", ["mspdi/baselines.xml", "mpp/Software-Development.xml"])
def test_s21m2_baselines_are_written_in_the_files_units(shared_data, tmp_path, name):
    source = (shared_data / name).read_text(encoding="utf-8")
    theirs = _baseline_formats(source)
    assert set(theirs.values()) >= {"7"}
    out = tmp_path / "out.xml"
    write_mspdi(read_mspdi(shared_data / name), out)
    ours = _baseline_formats(out.read_text(encoding="utf-8"))
    assert {k: ours.get(k) for k in theirs} == theirs
