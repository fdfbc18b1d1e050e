"""Every command on broken files: exit 1, one line on stderr naming the file, no
traceback or internal error, and nothing written where an output was named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

_NS = "http://schemas.microsoft.com/project"
_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + f']><Project xmlns="{_NS}"><Name>&i;</Name></Project>'
)


def _broken(tmp_path: Path, shared: Path) -> dict[str, Path]:
    made: dict[str, bytes | str] = {
        "truncated.xml": (shared / "mspdi" / "sample.xml").read_bytes()[:5000],
        "truncated.xlsx": (shared / "xlsx" / "packt-tpm-handbook-project-plan.xlsx").read_bytes()[
            :4000
        ],
        "truncated.gan": (shared / "gan" / "ganttproject-HouseBuildingSample.gan").read_bytes()[
            :3000
        ],
        "empty.gantry": b"",
        "empty.csv": b"",
        "xxe.xml": '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<Project xmlns="{_NS}"><Name>&x;</Name></Project>',
        "laughs.xml": _LAUGHS,
        "laughs.gan": _LAUGHS.replace(f'<Project xmlns="{_NS}">', "<project>").replace(
            "</Project>", "</project>"
        ),
        "not-project.xml": '<svg xmlns="http://www.w3.org/2000/svg"><g><g><g/></g></g></svg>',
        "no-tasks.xml": f'<Project xmlns="{_NS}"><Name>n</Name><X><Y><Z/></Y></X></Project>',
        "types.csv": "Name,Duration\nDig,soon\n",
        "cycle.csv": "Name,Duration,Predecessors\nDig,2d,2\nPour,3d,1\n",
        "huge-cell.csv": "Name,Duration\n" + "A" * 200_000 + ",2d\n",
        "pdf.gantry": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    }
    out = {}
    for name, content in made.items():
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        out[name] = path
    folder = tmp_path / "folder.xml"
    folder.mkdir()
    out["folder.xml"] = folder
    return out


_COMMANDS = {
    "schedule": lambda f, o: ["schedule", f, "--json"],
    "info": lambda f, o: ["info", f],
    "usage": lambda f, o: ["usage", f, "--csv", o / "usage.csv"],
    "diff": lambda f, o: ["diff", f, f, "--json"],
    "convert": lambda f, o: ["convert", f, o / "out.xlsx"],
    "report": lambda f, o: ["report", f, o / "out.pdf"],
    "move": lambda f, o: ["move", f, "--start", "2027-01-04", "-o", o / "moved.xml"],
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory, shared_data):
    return _broken(tmp_path_factory.mktemp("broken"), shared_data)


@pytest.mark.parametrize("command", sorted(_COMMANDS))
def test_every_command_refuses_every_broken_file_in_one_line(broken, tmp_path, capsys, command):
    for name, path in broken.items():
        outputs = tmp_path / name.replace(".", "-")
        outputs.mkdir()
        status = main([str(a) for a in _COMMANDS[command](path, outputs)])
        out, err = capsys.readouterr()
        assert status == 1, (name, out, err)
        assert err.count("\n") == 1, (name, err)
        assert err.startswith("gantry: "), (name, err)
        assert "internal error" not in err, (name, err)
        assert "Traceback" not in err, (name, err)
        assert path.name in err, (name, err)
        assert list(outputs.iterdir()) == [], (name, err)
        if command == "schedule":
            assert out == ""


def test_same_file_twice_is_no_changes(shared_data, capsys):
    path = shared_data / "mspdi" / "sample.xml"
    assert main(["diff", str(path), str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": []}
