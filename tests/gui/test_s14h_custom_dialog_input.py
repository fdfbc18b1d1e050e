"""The Custom Fields dialog's input checks: alias length and control characters, and the
restrict note's wording for one task."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.custom_fields import CustomField, ListValue
from app.domain.errors import InputError
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog, outside_note, rename_command
from app.ui.document import Document
from tests.gui.conftest import build_plan


def test_rename_refuses_a_long_alias_and_control_characters():
    document = Document(build_plan())
    with pytest.raises(InputError, match="at most 50"):
        rename_command(document, "Text1", "n" * 100_000)
    with pytest.raises(InputError, match=r"U\+0007"):
        rename_command(document, "Text1", "Ow\x07ner")
    assert rename_command(document, "Text1", "Owner\t") is not None


def test_dialog_says_why_a_long_alias_is_refused(qtbot):
    document = Document(build_plan())
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    dialog.select("Text1")
    dialog.alias.setText("n" * 100_000)
    dialog.apply_rename()
    assert dialog.message.startswith("Text1: the name is ")
    assert dialog.message.endswith("characters long (at most 50)")
    assert document.plan.project.custom_fields == ()


def test_one_task_outside_the_list_reads_well():
    document = Document(build_plan())
    plan = document.plan
    field = CustomField("Text1", "Owner", (ListValue("Ana"),), restricted=True)
    plan.project = replace(plan.project, custom_fields=(field,))
    plan.update_task(replace(plan.tasks[0], custom=(("Text1", "Ben"),)))
    note = outside_note(document, "Text1")
    assert note == "1 task holds a value of Owner outside the list: it stays until edited"
