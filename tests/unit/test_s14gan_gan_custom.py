"""GanttProject's custom task properties read into custom fields and written from them:
kinds, aliases, slots, defaults, GanttProject's date format, and bad input refused
naming the element and the task, with nothing imported."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import not_kept, read_plan, write_plan
from app.io.gan import read_gan

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<project name="P" company="" webLink="" view-date="2026-03-02" view-index="0" version="3.3.3309">
<calendars><day-types><default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0"
 thu="0" fri="0" sat="1"/></day-types></calendars>
<tasks empty-milestones="true"><taskproperties>
<taskproperty id="tpd3" name="name" type="default" valuetype="text"/>
"""


def _gan(tmp_path, properties: str, tasks: str, name: str = "p.gan"):
    path = tmp_path / name
    path.write_text(f"{_HEAD}{properties}</taskproperties>{tasks}</tasks></project>")
    return path


def _task(tid: int, *values: tuple[str, str], children: str = "") -> str:
    props = "".join(f'<customproperty taskproperty-id="{p}" value="{v}"/>' for p, v in values)
    return (
        f'<task id="{tid}" name="T{tid}" meeting="false" start="2026-03-02" duration="2" '
        f'complete="0">{props}{children}</task>'
    )


def _prop(pid: str, name: str, valuetype: str, extra: str = "") -> str:
    return f'<taskproperty id="{pid}" name="{name}" type="custom" valuetype="{valuetype}" {extra}/>'


def test_each_valuetype_becomes_the_next_free_field_of_its_kind(tmp_path):
    props = "".join(
        [
            _prop("tpc0", "Owner", "text"),
            _prop("tpc1", "Points", "int"),
            _prop("tpc2", "Weight", "double"),
            _prop("tpc3", "Due", "date"),
            _prop("tpc4", "Signed off", "boolean"),
            _prop("tpc5", "Phase", "text"),
        ]
    )
    tasks = _task(
        0,
        ("tpc0", "Ana"),
        ("tpc1", "3"),
        ("tpc2", "2.5"),
        ("tpc3", "2026-03-09T00:00:00.00Z"),
        ("tpc4", "true"),
        ("tpc5", "Build"),
    ) + _task(1, ("tpc4", "false"), ("tpc0", ""))
    plan = read_gan(_gan(tmp_path, props, tasks))
    assert [(f.name, f.alias) for f in plan.project.custom_fields] == [
        ("Text1", "Owner"),
        ("Text2", "Phase"),
        ("Number1", "Points"),
        ("Number2", "Weight"),
        ("Flag1", "Signed off"),
        ("Date1", "Due"),
    ]
    assert plan.task(1).custom == (
        ("Text1", "Ana"),
        ("Text2", "Build"),
        ("Number1", 3.0),
        ("Number2", 2.5),
        ("Flag1", True),
        ("Date1", datetime(2026, 3, 9)),
    )
    assert plan.task(2).custom == ()  # false and empty text hold nothing


def test_a_property_named_as_a_field_of_its_kind_takes_that_field(tmp_path):
    props = _prop("tpc0", "Owner", "text") + _prop("tpc1", "Text1", "text")
    props += _prop("tpc2", "Text9", "double")  # a Number property: the name is only a name
    plan = read_gan(_gan(tmp_path, props, _task(0, ("tpc0", "a"), ("tpc1", "b"), ("tpc2", "1"))))
    assert plan.task(1).custom == (("Text1", "b"), ("Text2", "a"), ("Number1", 1.0))
    assert [(f.name, f.alias) for f in plan.project.custom_fields] == [
        ("Text2", "Owner"),
        ("Number1", "Text9"),
    ]


def test_the_default_value_fills_tasks_without_their_own(tmp_path):
    props = _prop("tpc0", "Risk", "text", 'defaultvalue="low"')
    props += _prop("tpc1", "Size", "int", 'defaultvalue=""')
    plan = read_gan(_gan(tmp_path, props, _task(0, ("tpc0", "high")) + _task(1)))
    assert plan.task(1).custom == (("Text1", "high"),)
    assert plan.task(2).custom == (("Text1", "low"),)


def test_gantt_project_dates_and_times_are_wall_clock(tmp_path):
    props = _prop("tpc0", "When", "date")
    tasks = (
        _task(0, ("tpc0", "2026-03-02T13:30:00.00Z"))
        + _task(1, ("tpc0", "2026-03-02"))
        + _task(2, ("tpc0", "2026-12-31T23:59"))
    )
    plan = read_gan(_gan(tmp_path, props, tasks))
    assert [t.custom[0][1] for t in plan.tasks] == [
        datetime(2026, 3, 2, 13, 30),
        datetime(2026, 3, 2),
        datetime(2026, 12, 31, 23, 59),
    ]


def test_properties_beyond_the_kinds_fields_are_left_out_with_a_note(tmp_path):
    props = "".join(_prop(f"tpc{n}", f"D{n}", "date") for n in range(12))
    tasks = _task(0, *((f"tpc{n}", "2026-03-02") for n in range(12)))
    heard: list[str] = []
    plan = read_gan(_gan(tmp_path, props, tasks), warn=heard.append)
    assert len(plan.task(1).custom) == 10
    assert [f.alias for f in plan.project.custom_fields] == [f"D{n}" for n in range(10)]
    assert heard == [
        "p.gan: Gantry has 10 Date fields; 2 more date properties are left out ('D10', 'D11')"
    ]


@pytest.mark.parametrize(
    ("valuetype", "value", "said"),
    [
        ("int", "2.5", 'has value="2.5", not a whole number'),
        ("double", "12,5", 'has value="12,5", not a number'),
        ("double", "NaN", 'has value="NaN", not a number'),
        ("boolean", "yes", 'has value="yes", not true or false'),
        ("date", "02/03/2026", 'has value="02/03/2026", not a date'),
        ("date", "2026-02-30", 'has value="2026-02-30", not a date'),
    ],
)
def test_a_value_that_does_not_read_names_the_task_and_element(tmp_path, valuetype, value, said):
    path = _gan(tmp_path, _prop("tpc0", "X", valuetype), _task(0) + _task(7, ("tpc0", value)))
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    assert str(caught.value).startswith(
        f'p.gan: task id 7: <customproperty taskproperty-id="tpc0"> {said}'
    )


def test_a_value_of_an_undeclared_property_is_refused(tmp_path):
    tasks = _task(0, children=_task(3, ("tpc4", "x")))
    with pytest.raises(FileFormatError) as caught:
        read_gan(_gan(tmp_path, _prop("tpc0", "X", "text"), tasks))
    assert str(caught.value) == (
        'p.gan: task id 3: <customproperty taskproperty-id="tpc4"> names no <taskproperty> '
        "declared in <taskproperties>"
    )


def test_a_property_declared_twice_is_refused(tmp_path):
    props = _prop("tpc0", "X", "text") + _prop("tpc0", "Y", "int")
    with pytest.raises(FileFormatError, match=r'<taskproperty id="tpc0"> is declared twice'):
        read_gan(_gan(tmp_path, props, _task(0)))


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(
            1,
            "Design",
            duration_minutes=960,
            custom=(
                ("Text3", "Ana & <Ben>"),
                ("Number1", 1 / 3),
                ("Flag2", True),
                ("Date1", datetime(2026, 3, 2, 13, 30)),
                ("Cost1", 1234.5),
                ("Duration4", 450),
            ),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=480, custom=(("Number1", -5.0),)))
    plan.append_task(Task(3, "Ship", duration_minutes=0, milestone=True))
    plan.set_custom_field(CustomField("Text3", "Owner"))
    plan.set_custom_field(CustomField("Cost1", "Budget"))
    plan.set_custom_field(CustomField("Text7", "Defined only"))
    return plan


def test_our_fields_come_back_from_our_gan_in_their_own_slots(tmp_path):
    plan = _plan()
    path = tmp_path / "out.gan"
    write_plan(plan, path)
    back = read_plan(path)
    assert [t.custom for t in back.tasks] == [t.custom for t in plan.tasks]
    assert back.project.custom_fields == plan.project.custom_fields


def test_the_written_properties_are_what_gantt_project_reads(tmp_path):
    path = tmp_path / "out.gan"
    write_plan(_plan(), path)
    text = path.read_text()
    for line in (
        '<taskproperty id="tpc0" name="Owner" type="custom" valuetype="text" '
        'gantry-field="Text3" />',
        '<taskproperty id="tpc2" name="Number1" type="custom" valuetype="double" '
        'gantry-field="Number1" />',
        '<taskproperty id="tpc5" name="Budget" type="custom" valuetype="double" '
        'gantry-field="Cost1" />',
        '<customproperty taskproperty-id="tpc0" value="Ana &amp; &lt;Ben&gt;" />',
        '<customproperty taskproperty-id="tpc4" value="2026-03-02T13:30:00.00Z" />',
        '<customproperty taskproperty-id="tpc5" value="1234.5" />',
        '<customproperty taskproperty-id="tpc6" value="7.5h" />',  # 450 min: not 0.94d
        '<customproperty taskproperty-id="tpc2" value="-5" />',
    ):
        assert line in text
    # a <customproperty> sits before the task's subtasks, as GanttProject writes it
    assert text.count("<customproperty") == 7


def test_after_gantt_project_saved_it_a_cost_is_a_number_and_a_duration_text(tmp_path):
    path = tmp_path / "out.gan"
    write_plan(_plan(), path)
    resaved = tmp_path / "resaved.gan"  # GanttProject drops the attribute it does not know
    resaved.write_text(path.read_text().replace('gantry-field="', 'x="'))
    back = read_plan(resaved)
    first = dict(back.tasks[0].custom)
    assert first["Text1"] == "Ana & <Ben>"  # Owner: the first free Text field now
    assert first["Number2"] == 1234.5  # Budget: a Number after Number1
    assert first["Text3"] == "7.5h"  # Duration4: text, after 'Defined only' took Text2
    assert [(f.name, f.alias) for f in back.project.custom_fields] == [
        ("Text1", "Owner"),
        ("Text2", "Defined only"),
        ("Text3", "Duration4"),
        ("Number2", "Budget"),
    ]


def test_a_value_list_is_named_as_not_kept_only_when_one_exists(tmp_path):
    plan = _plan()
    assert not_kept(plan, ".gan") == []
    plan.set_custom_field(
        CustomField(
            "Text3",
            "Owner",
            value_list("Text3", [ListValue("Ana & <Ben>"), ListValue("Cy")], True).values,
            True,
        )
    )
    assert not_kept(plan, ".gan") == [
        ".gan keeps no value list: the value list of 'Owner' is not saved (the values are)"
    ]
    write_plan(plan, tmp_path / "out.gan")
    back = read_plan(tmp_path / "out.gan")
    assert back.project.custom_fields[0] == CustomField("Text3", "Owner")
    assert back.tasks[0].custom[0] == ("Text3", "Ana & <Ben>")


def test_the_shared_house_building_sample_keeps_its_is_done_flag(shared_data):
    plan = read_plan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    assert plan.project.custom_fields == (CustomField("Flag1", "Is done"),)
    done = [t.name for t in plan.tasks if dict(t.custom).get("Flag1") is True]
    assert done  # the file marks the finished tasks true
    by_name = {t.name: t for t in plan.tasks}
    assert all(by_name[name].percent_complete == 100 for name in done)


def test_gantt_projects_task_table_shows_the_fields_as_columns(tmp_path):
    from xml.etree.ElementTree import parse

    write_plan(_plan(), tmp_path / "out.gan")
    root = parse(tmp_path / "out.gan").getroot()
    view = root.find("view[@id='gantt-chart']")
    assert view is not None
    fields = [(f.get("id"), f.get("name"), f.get("order")) for f in view.findall("field")]
    assert fields[:4] == [
        ("tpd3", "Name", "0"),
        ("tpd4", "Begin date", "1"),
        ("tpd5", "End date", "2"),
        ("tpd6", "Duration", "3"),
    ]
    declared = {
        p.get("id"): p.get("name")
        for p in root.findall("tasks/taskproperties/taskproperty[@type='custom']")
    }
    assert {pid: name for pid, name, _ in fields[4:]} == declared  # every property, by id
    assert [name for _, name, _ in fields[4:]][:2] == ["Owner", "Defined only"]


def test_a_plan_without_custom_fields_writes_no_view(tmp_path):
    plan = Plan()
    plan.append_task(Task(1, "Design", duration_minutes=480))
    write_plan(plan, tmp_path / "plain.gan")
    text = (tmp_path / "plain.gan").read_text()
    assert "<view" not in text
    assert 'type="custom"' not in text
