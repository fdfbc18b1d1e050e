"""Which people an import renamed (with_safe_names), told once as a notice."""

from __future__ import annotations

from dataclasses import replace

from app.domain.resource import (
    Renamed,
    Resource,
    renamed_notice,
    renamed_on_read,
    with_safe_names,
)


def test_renames_are_read_back_from_the_notes():
    people = [
        Resource(1, "Doe, Jane", notes="Site lead"),
        Resource(2, "Ana"),
        Resource(3, "Crane [50 t]"),
    ]
    safe = with_safe_names(people, "site.gan")
    assert renamed_on_read(safe) == [
        Renamed("Doe, Jane", "Doe Jane"),
        Renamed("Crane [50 t]", "Crane (50 t)"),
    ]
    assert renamed_on_read(safe, ("site.gan",)) == renamed_on_read(safe)
    assert renamed_on_read(safe, ("other.xml",)) == []


def test_a_note_no_longer_matching_the_name_is_not_a_rename():
    safe = with_safe_names([Resource(1, "Doe, Jane")], "a.xml")
    edited = [replace(safe[0], name="Jane Doe")]
    assert renamed_on_read(edited) == []
    assert renamed_on_read([Resource(1, "Ana", notes="Named 'Ana' in x.xml")]) == []


def test_notice_counts_names_and_says_why():
    assert renamed_notice([]) == ""
    assert renamed_notice([Renamed("Doe, Jane", "Doe Jane"), Renamed("Roe, Al", "Roe Al")]) == (
        "2 people renamed: 'Doe, Jane' is 'Doe Jane', 'Roe, Al' is 'Roe Al' "
        "(a comma would split the People cell)"
    )
    one = renamed_notice([Renamed("Crane [50 t]", "Crane (50 t)")])
    assert (
        one == "1 person renamed: 'Crane [50 t]' is 'Crane (50 t)' (brackets would read as units)"
    )
    many = renamed_notice([Renamed(f"A;{k}", f"A {k}") for k in range(5)])
    assert many.startswith(
        "5 people renamed: 'A;0' is 'A 0', 'A;1' is 'A 1', 'A;2' is 'A 2' and 2 more"
    )
    assert many.endswith("(a semicolon would split the People cell)")
