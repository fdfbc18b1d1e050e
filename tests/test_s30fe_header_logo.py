"""Page Setup > Header's "Insert Picture...": a company logo printed in every page's header,
kept with the plan (schema v49) or given for one printout (``gantry convert --logo``); a
picture that is not there is said once on stderr and the pages print without it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.cli import main
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.page_logo import LOGO_MOST, logo_image, logo_size
from app.report.render import ensure_gui_app

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="poppler missing")


def _logo(tmp_path: Path, name: str = "logo.png") -> Path:
    ensure_gui_app()
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#c03030"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def _plan_file(tmp_path: Path, setup: PageSetup, tasks: int = 90) -> Path:
    project = Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0), page_setup=setup)
    plan = Plan(project=project)
    for uid in range(1, tasks + 1):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=480))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _images(pdf: Path) -> list[list[str]]:
    done = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    )
    return [line.split() for line in done.stdout.splitlines()[2:]]


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


def test_the_kept_picture_prints_on_every_page(tmp_path):
    logo = _logo(tmp_path)
    src = _plan_file(tmp_path, PageSetup(logo=str(logo), logo_part=2))
    pdf = tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    pages = len(_pages(pdf))
    images = _images(pdf)
    assert pages >= 2
    assert sorted({int(row[0]) for row in images}) == list(range(1, pages + 1))
    assert {(row[3], row[4]) for row in images} == {("120", "40")}  # the logo itself
    assert len({row[10] for row in images}) == 1  # one picture in the file, shown on each page


def test_logo_given_for_one_printout_and_a_missing_one_is_said_once(tmp_path, capsys):
    logo = _logo(tmp_path)
    src, pdf = _plan_file(tmp_path, PageSetup()), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf)]) == 0
    assert _images(pdf) == []  # none kept, none printed
    assert main(["convert", str(src), str(pdf), "--logo", str(logo)]) == 0
    assert [row[0] for row in _images(pdf)][:1] == ["1"]
    capsys.readouterr()
    gone = tmp_path / "gone.png"
    assert main(["convert", str(src), str(pdf), "--logo", str(gone)]) == 0
    err = capsys.readouterr().err
    assert err.count("gone.png") == 1
    assert "is not there: the pages print without it" in err
    assert _images(pdf) == []
    assert len(_pages(pdf)) >= 2


def test_an_unreadable_picture_prints_without_it(tmp_path, capsys):
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    src, pdf = _plan_file(tmp_path, PageSetup(logo=str(bad))), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf)]) == 0
    assert "cannot be read as a PNG or JPEG" in capsys.readouterr().err
    assert _images(pdf) == []


def test_logo_is_only_for_a_pdf(tmp_path, capsys):
    src = _plan_file(tmp_path, PageSetup(), 2)
    assert main(["convert", str(src), str(tmp_path / "out.png"), "--logo", "x.png"]) == 2
    assert "--logo" in capsys.readouterr().err


def test_the_picture_is_the_header_tall_and_at_most_a_third_wide(tmp_path):
    image = logo_image(str(_logo(tmp_path)))
    assert image is not None
    size = logo_size(image, 600, 22)
    assert (size.width(), size.height()) == (66, 22)  # 3:1, the header's height
    narrow = logo_size(image, 90, 22)
    assert narrow.width() == pytest.approx(90 * LOGO_MOST)
    assert narrow.height() == pytest.approx(10)


def test_page_setup_inserts_keeps_and_removes_the_picture(qtbot, tmp_path, monkeypatch):
    from app.report.options import PrintOptions
    from app.report.page_kept import page_kept, with_page
    from app.ui.printing.logo_row import LogoRow
    from app.ui.printing.page_setup import PageSetupDialog

    logo = _logo(tmp_path)
    monkeypatch.setattr(LogoRow, "ask_file", classmethod(lambda cls, parent: str(logo)))
    dialog = PageSetupDialog(
        with_page(PrintOptions(), PageSetup()), datetime(2027, 1, 4), datetime(2027, 3, 1)
    )
    qtbot.addWidget(dialog)
    row = dialog.tabs.logo
    assert row.shown.text() == "No picture"
    assert not row.part.isEnabled()
    row.insert.click()
    row.part.setCurrentIndex(1)
    kept = page_kept(dialog.options())
    assert (kept.logo, kept.logo_part) == (str(logo), 1)
    logo.unlink()
    row.set_path(str(logo))
    assert "is not there" in row.shown.text()
    row.remove.click()
    assert page_kept(dialog.options()).logo == ""
