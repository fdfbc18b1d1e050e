"""Print Preview's "Page setup" button opening Gantry's Page Setup, as MS Project's does.

Qt's preview toolbar opens its generic page dialog (paper and margins only, its changes
lost once the preview closes). The button here opens File > Page Setup: what OK chooses
is kept with the plan (one undoable step) and the preview draws its pages anew with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

QT_PAGE_SETUP = "Page setup"  # the text of Qt's toolbar action (QPrintPreviewDialog's tr)


def page_setup_action(dialog: QPrintPreviewDialog) -> QAction | None:
    """The preview toolbar's "Page setup" action (None: this Qt has none)."""
    for action in dialog.findChildren(QAction):
        if action.text().replace("&", "").lower() == QT_PAGE_SETUP.lower():
            return action
    return None


def own_page_setup(dialog: QPrintPreviewDialog, ask: Callable[[], bool]) -> None:
    """Make the toolbar's "Page setup" call ``ask`` (Gantry's Page Setup; True: OK chosen),
    then draw the preview again with what it chose."""
    action = page_setup_action(dialog)
    if action is None:
        return
    action.triggered.disconnect()  # Qt's own QPageSetupDialog
    action.setToolTip("Page Setup: paper, fit to pages, dates, columns, margins, header…")

    def chosen() -> None:
        if ask():
            preview = dialog.findChild(QPrintPreviewWidget)
            if preview is not None:
                preview.updatePreview()

    action.triggered.connect(chosen)
