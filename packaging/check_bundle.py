"""Check a built Gantry bundle as a user would use it: ``python packaging/check_bundle.py dist/gantry``.

Run with the development environment's Python (``make package`` does). The
bundle must give exactly what the source tree gives:

- ``gantry schedule FILE --json`` prints the same text for the demo plan, a
  plan on a public-holiday calendar (the holidays package loads each country
  by name, so a bundle can miss it silently) and, when ``../shared/data`` is
  there, every MS Project XML and GanttProject file in it;
- ``gantry convert`` writes a workbook, a PDF, a PNG and MS Project XML that
  read back;
- a bad file, or an .mpp (no Java bridge in the bundle), ends in exit status 1
  and one line, never a traceback;
- every file of ``resources/`` (the demo, icons, the help guide) is in it;
- ``gantry-app`` opens the window and paints it (offscreen);
- on Linux, ``install.sh`` installs into a scratch prefix a ``gantry`` that
  runs, a menu entry and the .gantry file type, and ``--uninstall`` removes them.

Prints one line per check and exits 1 at the first difference.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.calendar import Calendar  # noqa: E402 - after the checkout is on the path
from app.domain.link import Link  # noqa: E402
from app.domain.plan import Plan  # noqa: E402
from app.domain.project import Project  # noqa: E402
from app.domain.task import Task  # noqa: E402
from app.formats import read_plan, write_plan  # noqa: E402

EXE = ".exe" if os.name == "nt" else ""


class BundleError(Exception):
    """The bundle does not do what the source tree does."""


def _run(cmd: Sequence[str | Path], **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8", **extra}
    return subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, env=env, check=False, timeout=300
    )


def _same_schedule(bundle: Path, plan_file: Path) -> None:
    ours = _run([bundle / f"gantry{EXE}", "schedule", plan_file, "--json"])
    source = _run([sys.executable, "-m", "app", "schedule", plan_file, "--json"])
    if (ours.returncode, ours.stdout) != (source.returncode, source.stdout):
        raise BundleError(
            f"schedule {plan_file.name}: the bundle answers differently "
            f"(exit {ours.returncode} vs {source.returncode}; {ours.stderr.strip()[:200]})"
        )


def _holiday_plan(folder: Path) -> Path:
    """A plan whose calendar takes Germany's public holidays, across Christmas."""
    calendar = Calendar(uid=1, name="Germany", holiday_country="DE")
    plan = Plan(
        project=Project(name="Holidays", start=datetime(2026, 12, 21, 8)),
        calendars={1: calendar},
    )
    plan.tasks = [
        Task(1, "Before Christmas", duration_minutes=3 * 480),
        Task(2, "Across the holidays", duration_minutes=5 * 480),
    ]
    plan.links = [Link(1, 2)]
    path = folder / "holidays.gantry"
    write_plan(plan, path)
    return path


def _converts(bundle: Path, demo: Path, folder: Path) -> None:
    for ext, magic in (
        (".xlsx", b"PK"),
        (".pdf", b"%PDF"),
        (".png", b"\x89PNG"),
        (".xml", b"<?xml"),
    ):
        out = folder / f"demo{ext}"
        done = _run([bundle / f"gantry{EXE}", "convert", demo, out])
        if done.returncode != 0 or not out.read_bytes().startswith(magic):
            raise BundleError(f"convert to {ext}: {done.stderr.strip() or 'no file written'}")
        if ext in (".xlsx", ".xml"):
            back = read_plan(out)
            if len(back.tasks) != len(read_plan(demo).tasks):
                raise BundleError(f"convert to {ext}: the file reads back with other tasks")
        print(f"ok  convert demo to {ext}")


def _refuses_bad_file(bundle: Path, folder: Path) -> None:
    bad = folder / "broken.xml"
    bad.write_text("<Project><Tasks>", encoding="utf-8")
    done = _run([bundle / f"gantry{EXE}", "schedule", bad, "--json"])
    lines = done.stderr.strip().splitlines()
    if done.returncode != 1 or len(lines) != 1 or "Traceback" in done.stderr:
        raise BundleError(f"a broken file: exit {done.returncode}, stderr {done.stderr!r}")
    print(f"ok  broken file: {lines[0]}")
    mpp = folder / "client.mpp"  # the bundle carries no Java bridge: it must say what to do
    mpp.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    done = _run([bundle / f"gantry{EXE}", "info", mpp])
    if done.returncode != 1 or "Save As" not in done.stderr or "Traceback" in done.stderr:
        raise BundleError(f".mpp without Java: exit {done.returncode}, stderr {done.stderr!r}")
    print(f"ok  .mpp: {done.stderr.strip()}")


def _resources(bundle: Path) -> None:
    """Every file of resources/ (the demo, icons, the help guide F1 opens) is in the bundle
    as it is in the checkout: the window finds them there through app.assets."""
    found = [p for p in (bundle / "_internal", bundle) if (p / "app" / "resources").is_dir()]
    if not found:
        raise BundleError("no app/resources folder in the bundle")
    inside = found[0] / "app" / "resources"
    source = ROOT / "resources"
    files = [p for p in sorted(source.rglob("*")) if p.is_file()]
    for path in files:
        name = path.relative_to(source)
        copy = inside / name
        if not copy.is_file() or copy.read_bytes() != path.read_bytes():
            raise BundleError(f"resources/{name.as_posix()} is missing or differs in the bundle")
    print(f"ok  {len(files)} resource files bundled (help/guide.html among them)")


def _window(bundle: Path, demo: Path, folder: Path) -> None:
    shot = folder / "window.png"
    done = _run(
        [bundle / f"gantry-app{EXE}", demo],
        QT_QPA_PLATFORM="offscreen",
        GANTRY_SCREENSHOT=str(shot),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    if done.returncode != 0 or not shot.exists() or shot.stat().st_size < 10_000:
        raise BundleError(f"the window did not paint: {done.stderr.strip()[-300:]}")
    print(f"ok  window painted ({shot.stat().st_size // 1024} KiB screenshot)")


def _linux_install(bundle: Path, folder: Path) -> None:
    prefix = folder / "prefix"
    done = _run(["sh", bundle / "install.sh"], PREFIX=str(prefix))
    if done.returncode != 0:
        raise BundleError(f"install.sh: {done.stderr.strip()}")
    entry = prefix / "share" / "applications" / "gantry.desktop"
    exec_line = next(
        (
            line
            for line in entry.read_text(encoding="utf-8").splitlines()
            if line.startswith("Exec=")
        ),
        "",
    )
    if f'"{prefix}/lib/gantry/gantry-app" %f' not in exec_line:
        raise BundleError(f"install.sh: the menu entry starts {exec_line!r}")
    installed = _run([prefix / "bin" / "gantry", "info", folder / "demo.gantry"])
    if installed.returncode != 0 or "Tasks:" not in installed.stdout:
        raise BundleError(f"the installed gantry does not run: {installed.stderr.strip()}")
    done = _run(["sh", prefix / "lib" / "gantry" / "install.sh", "--uninstall"], PREFIX=str(prefix))
    ours = (
        "bin/gantry",
        "lib/gantry",
        "share/applications/gantry.desktop",
        "share/icons/hicolor/scalable/apps/gantry.svg",
        "share/mime/packages/gantry.xml",
    )
    # (the desktop's own caches that update-mime-database rebuilds are not ours to remove)
    left = [name for name in ours if os.path.lexists(prefix / name)]
    if done.returncode != 0 or left:
        raise BundleError(f"install.sh --uninstall left {left}")
    print("ok  install.sh into a scratch prefix, ran the installed gantry, uninstalled")


def check(bundle: Path) -> None:
    """Every check, in order; raises BundleError at the first failure."""
    for name in ("gantry", "gantry-app"):
        if not (bundle / f"{name}{EXE}").exists():
            raise BundleError(f"{bundle}: no {name}{EXE} program")
    _resources(bundle)
    with tempfile.TemporaryDirectory(prefix="gantry-bundle-") as tmp:
        folder = Path(tmp)
        demo = folder / "demo.gantry"
        demo.write_bytes((ROOT / "resources" / "demo" / "crm-rollout.gantry").read_bytes())
        files = [demo, _holiday_plan(folder)]
        shared = ROOT.parent / "shared" / "data"
        if shared.is_dir():
            files += sorted((shared / "mspdi").glob("*.xml")) + sorted(
                (shared / "gan").glob("*.gan")
            )
        for plan_file in files:
            _same_schedule(bundle, plan_file)
        print(f"ok  schedule --json identical to the source tree on {len(files)} files")
        _converts(bundle, demo, folder)
        _refuses_bad_file(bundle, folder)
        _window(bundle, demo, folder)
        if sys.platform.startswith("linux"):
            _linux_install(bundle, folder)


def main(argv: Sequence[str]) -> int:
    """Check the bundle folder given as the only argument."""
    if len(argv) != 1:
        print("usage: check_bundle.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    try:
        check(Path(argv[0]))
    except BundleError as exc:
        print(f"bundle check failed: {exc}", file=sys.stderr)
        return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
