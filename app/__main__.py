"""``python -m app`` runs the Gantry command line."""

from app.cli import run

run()
