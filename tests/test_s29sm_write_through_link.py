"""Saving to a path that is a symbolic link writes the link's target and keeps the link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.plan import Plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.mark.parametrize("ext", [".gantry", ".xml", ".csv", ".gan"])
def test_write_plan_to_a_link_replaces_its_target_and_keeps_the_link(
    tmp_path: Path, ext: str
) -> None:
    target = tmp_path / "real" / f"plan{ext}"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / f"link{ext}"
    link.symlink_to(os.path.relpath(target, tmp_path))

    formats.write_plan(formats.read_plan(DEMO), link)

    assert link.is_symlink()
    assert link.resolve() == target.resolve()
    assert target.read_bytes() != b"old"
    again = formats.read_plan(link)
    assert isinstance(again, Plan)
    assert len(again.tasks) == len(formats.read_plan(DEMO).tasks)


def test_a_dangling_link_gets_its_target_written(tmp_path: Path) -> None:
    target = tmp_path / "made.xml"
    link = tmp_path / "link.xml"
    link.symlink_to(target)

    with formats.whole_file(link) as draft:
        draft.write_text("<x/>")

    assert link.is_symlink()
    assert target.read_text() == "<x/>"


def test_cli_convert_to_a_linked_output_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    target.write_text("old")
    link = tmp_path / "latest.xml"
    link.symlink_to(target)

    assert main(["convert", str(DEMO), str(link)]) == 0

    assert link.is_symlink()
    assert target.read_text() != "old"


def test_save_a_copy_onto_a_link_keeps_the_link(tmp_path: Path) -> None:
    from app.store.document import GantryFile

    source = tmp_path / "plan.gantry"
    formats.write_plan(formats.read_plan(DEMO), source)
    target = tmp_path / "copies" / "copy.gantry"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "copy-link.gantry"
    link.symlink_to(target)

    opened = GantryFile.open(source)
    try:
        opened.save_copy(link)
    finally:
        opened.close()

    assert link.is_symlink()
    assert len(formats.read_plan(target).tasks) == len(formats.read_plan(DEMO).tasks)
