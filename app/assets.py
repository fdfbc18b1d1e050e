"""Find bundled resources (icons, the demo plan, templates) the same way everywhere.

In a wheel or a PyInstaller bundle they sit in the package as ``app/resources``;
in a source checkout they sit in the top-level ``resources/`` folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, such as ``resource_path("demo", "crm-rollout.gantry")``."""
    packaged = resources.files("app") / "resources"
    base = Path(str(packaged)) if packaged.is_dir() else _CHECKOUT
    path = base.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
    return path
