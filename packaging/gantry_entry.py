"""Entry point of the bundled Gantry programs (PyInstaller runs this file as ``__main__``).

Both programs of the bundle start here: ``gantry`` (a console program: the
command line, and the window when no command is given) and ``gantry-app``
(no console window on Windows and macOS: what a desktop shortcut or a
double-clicked plan starts).
"""

from app.cli import run

run()
