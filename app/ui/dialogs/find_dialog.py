"""MS Project's Find and Replace dialog: Find what (Replace with), Look in field, Test,
Search up or down, Match case; Find Next walks the sheet while the dialog stays open.

The window does the finding and replacing (app/ui/find_menu.py); the dialog only
says what to look for and shows, in red, why nothing was found or replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label
from app.ui.find_query import FindQuery, FindTest, field_kind, find_fields
from app.ui.models.task_edits import Column

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

_ROLE = QDialogButtonBox.ButtonRole


def _label(text: str, buddy: QWidget) -> QLabel:
    """A field's label whose access letter goes to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class FindDialog(QDialog):
    """Find (and Replace) on the task sheet; kept by the window and shown again on Ctrl+F."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("find_dialog")
        self.setModal(False)  # the sheet stays usable: Find Next again, or edit the row found
        self.what = QLineEdit()
        self.replacement = QLineEdit()
        self.field = QComboBox()
        self.field.setMaxVisibleItems(20)
        # its width follows the fields listed (open_for), never under its longest one: the
        # layout gave it its empty box's minimum, "Task nam"
        self.field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.test = QComboBox()
        for test in FindTest:
            self.test.addItem(test.value, test)
        self.direction = QComboBox()
        self.direction.addItem("Down", False)
        self.direction.addItem("Up", True)
        self.match_case = QCheckBox("Match &case")
        self.message = error_label()

        form = QFormLayout()
        form.addRow(_label("Find &what:", self.what), self.what)
        self.replacement_label = _label("Replace w&ith:", self.replacement)
        form.addRow(self.replacement_label, self.replacement)
        options = QHBoxLayout()
        options.addWidget(self.field, 2)
        options.addWidget(_label("&Test:", self.test))
        options.addWidget(self.test, 2)
        form.addRow(_label("&Look in field:", self.field), options)
        search = QHBoxLayout()
        search.addWidget(self.direction)
        search.addSpacing(12)
        search.addWidget(self.match_case)
        search.addStretch(1)
        form.addRow(_label("&Search:", self.direction), search)

        buttons = QDialogButtonBox()
        self.to_replace = buttons.addButton("&Replace…", _ROLE.ActionRole)
        self.replace_button = buttons.addButton("&Replace", _ROLE.ActionRole)
        self.replace_all_button = buttons.addButton("Replace &All", _ROLE.ActionRole)
        self.find_button = buttons.addButton("&Find Next", _ROLE.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        pushed = (self.to_replace, self.replace_button, self.replace_all_button, self.find_button)
        for button in (*pushed, close):  # Enter is Find Next, whichever button had focus
            button.setAutoDefault(False)
        self.find_button.setDefault(True)
        self.to_replace.clicked.connect(lambda: self._show_replace(True))
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.find_button.clicked.connect(self.find_next)
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._on_field_changed)
        self.what.textEdited.connect(lambda _text: self.message.clear())
        self._show_replace(False)  # Find's buttons, not Replace's too (both Alt+R)
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    # ------------------------------------------------------------------ opening

    def open_for(self, replacing: bool, last: FindQuery | None) -> None:
        """Show the dialog (Find, or Replace with ``replacing``) on the last search's values,
        the fields listed as the sheet now shows its columns."""
        tree = self.window_.tree
        header = tree.horizontalHeader()
        model = self.window_.model
        shown = sorted(
            (c for c in range(model.columnCount()) if not tree.isColumnHidden(c)),
            key=header.visualIndex,
        )
        wanted = last.column if last is not None else int(Column.NAME)
        self.field.blockSignals(True)
        self.field.clear()
        for title, column in find_fields(model, shown):
            self.field.addItem(title, column)
        self.field.setCurrentIndex(max(0, self.field.findData(wanted)))
        self.field.setMinimumWidth(self.field.sizeHint().width())
        self.field.blockSignals(False)
        if last is not None:
            self.what.setText(last.text)
            self.test.setCurrentIndex(self.test.findData(last.test))
            self.match_case.setChecked(last.match_case)
            self.set_up(last.up)
        self._on_field_changed()
        self._show_replace(replacing)
        self.message.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        self.what.setFocus()
        self.what.selectAll()

    def _show_replace(self, replacing: bool) -> None:
        """Find or Replace: the Replace with row and its buttons show or hide."""
        read_only = self.window_.document.read_only
        self.setWindowTitle("Replace" if replacing else "Find")
        for widget in (self.replacement_label, self.replacement):
            widget.setVisible(replacing)
        self.replace_button.setVisible(replacing)
        self.replace_all_button.setVisible(replacing)
        self.replace_button.setEnabled(not read_only)
        self.replace_all_button.setEnabled(not read_only)
        self.to_replace.setVisible(not replacing and not read_only)
        if replacing:
            self.replacement.setFocus()
        self.adjustSize()

    def set_up(self, up: bool) -> None:
        """Search up (towards the first row) or down."""
        self.direction.setCurrentIndex(1 if up else 0)

    def _on_field_changed(self) -> None:
        """A text field is compared as text; say what the ordering tests compare."""
        column = self.field.currentData()
        kind = "text" if column is None else field_kind(column)
        hint = {
            "duration": "a duration such as 5d or 3h",
            "date": "a date such as 2027-03-12",
            "money": "an amount",
            "number": "a number",
        }.get(kind, "text")
        self.what.setPlaceholderText(hint)

    # ------------------------------------------------------------------ buttons

    def query(self) -> FindQuery:
        """What the dialog says to look for."""
        return FindQuery(
            self.what.text(),
            int(self.field.currentData()),
            self.test.currentData(),
            self.match_case.isChecked(),
            bool(self.direction.currentData()),
        )

    def find_next(self) -> None:
        """Go to the next task that matches (the dialog stays open)."""
        self._say(self.window_.find_with(self.query()))

    def replace(self) -> None:
        """Replace in the task found, then go to the next one."""
        self._say(self.window_.replace_with(self.query(), self.replacement.text(), every=False))

    def replace_all(self) -> None:
        """Replace in every task that matches, as one undo step."""
        said = self.window_.replace_with(self.query(), self.replacement.text(), every=True)
        self._say(said, done=said is not None and said.startswith("Replaced"))

    def _say(self, message: str | None, done: bool = False) -> None:
        self.message.setStyleSheet("" if done else "color: #b00020")
        self.message.setText(message or "")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
