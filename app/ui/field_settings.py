"""Field Settings (Alt+F3), as MS Project's dialog for the column under the cursor: the field it
shows, its title, how its title and its cells are aligned, its width and whether the title
wraps onto more lines.

The field and the width are the header's own (another field takes the column's place, as
Insert Column puts it). The title, the alignments and the wrapping are a column's *look*:
kept by a :class:`ColumnLooks` on the sheet and drawn by a proxy style on its header (and on
its cells once a cell alignment is set), so the model's titles stay the field names Copy,
Paste and the CLI read. As in MS Project a column's title, alignments and width are the
table's (View > Tables): each table keeps its own looks, switched with it, kept with the
plan's view (app/ui/table_looks.py); the Entry table's are also the window's, kept with the
sheet's other column settings by column key (app/ui/sheet_layout.py), which a plan kept
before tables had their own looks takes as its Entry table's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.column_catalog import MAX_COLUMN_WIDTH, insertable
from app.ui.column_placement import insert_column
from app.ui.models.task_edits import Column
from app.ui.sheet_tables import ENTRY
from app.ui.task_tree_selection import column_title

if TYPE_CHECKING:
    from app.ui.action_collection import ActionCollection, Layout
    from app.ui.main_window import MainWindow
    from app.ui.task_tree import TaskTreeView

_A = Qt.AlignmentFlag
ALIGNS: dict[str, Qt.AlignmentFlag] = {
    "left": _A.AlignLeft,
    "center": _A.AlignHCenter,
    "right": _A.AlignRight,
}
_ALIGN_LABELS = {"": "As the field has it", "left": "Left", "center": "Center", "right": "Right"}
_FIXED = frozenset({Column.ID, Column.NAME})  # the row's header and the outline: never replaced
_LOOKS = "column_looks"  # the object name of a sheet's looks


@dataclass(frozen=True, slots=True)
class ColumnLook:
    """How a column shows: its own title ("" the field's), its title's and its cells'
    alignment ("" as the field has it; "left", "center", "right"), the title wrapped."""

    title: str = ""
    title_align: str = ""
    data_align: str = ""
    wrap: bool = False

    def __bool__(self) -> bool:
        return self != ColumnLook()


class ColumnLooks(QObject):
    """The looks of a sheet's columns by table and column number, and the style that draws
    the current table's."""

    sig_changed = Signal()  # a column's look set (the plan keeps them: sheet_view_keeper)

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.setObjectName(_LOOKS)
        self.view = view
        self.by_table: dict[str, dict[int, ColumnLook]] = {}  # table key -> its looks
        # Each table's column widths as it was left (the table shown has the header's).
        self.widths: dict[str, dict[int, int]] = {}
        self._tables: Any = None  # the window's View > Tables controller, once found
        self._style: _LookStyle | None = None
        self._cells = False  # the cells drawn by the style (a column's cells aligned)

    def table_key(self) -> str:
        """The key of the table the sheet shows (Entry for a sheet without View > Tables)."""
        if self._tables is None:
            self._tables = self.view.window().findChild(QObject, "table_controller")
        return str(self._tables.current.key) if self._tables is not None else ENTRY.key

    @property
    def looks(self) -> dict[int, ColumnLook]:
        """The shown table's looks by column number."""
        return self.by_table.setdefault(self.table_key(), {})

    def look(self, column: int) -> ColumnLook:
        """A column's look (the plain one when it has none of its own)."""
        return self.looks.get(column, ColumnLook())

    def set_look(self, column: int, look: ColumnLook) -> None:
        """Give a column its look and show it."""
        if look:
            self.looks[column] = look
        else:
            self.looks.pop(column, None)
        self.show()
        self.sig_changed.emit()

    def show(self) -> None:
        """Draw the looks: the header's style always once one is set, the cells' only while
        a column's cells have their own alignment (no cost to painting otherwise)."""
        view, header = self.view, self.view.horizontalHeader()
        if self.looks and self._style is None:
            self._style = _LookStyle(self)
            header.setStyle(self._style)
        aligned = any(look.data_align for look in self.looks.values())  # the table shown
        if aligned != self._cells:  # the view's style changed only when it must be
            self._cells = aligned
            view.setStyle(self._style if aligned else None)  # type: ignore[arg-type]  # None: the app's
        if self._style is not None:
            model = view.model()
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            header.updateGeometry()
            view.updateGeometries()
            header.viewport().update()
            view.viewport().update()

    def title(self, column: int, shown: str) -> str:
        """The title the header shows for a column whose field title is ``shown``."""
        return self.look(column).title or shown


def looks_of(view: QTableView) -> ColumnLooks:
    """The sheet's column looks (made the first time they are asked for)."""
    found = view.findChild(ColumnLooks, _LOOKS)
    return found if found is not None else ColumnLooks(view)


def looks_as_json(view: QTableView, key: Any) -> dict[str, list[Any]]:
    """The Entry table's looks as the window's layout keeps them: by column key (``key``:
    column number to key)."""
    found = view.findChild(ColumnLooks, _LOOKS)
    if found is None:
        return {}
    out = {}
    for column, look in sorted(found.by_table.get(ENTRY.key, {}).items()):
        name = key(column)
        if name is not None:
            out[name] = look_as_list(look)
    return out


def look_as_list(look: ColumnLook) -> list[Any]:
    """A look as the settings keep it: title, title's and cells' alignment, wrapped."""
    return [look.title, look.title_align, look.data_align, look.wrap]


def look_from(fields: Any) -> ColumnLook:
    """The look :func:`look_as_list` kept (the plain one for what cannot be read)."""
    if not isinstance(fields, list | tuple) or len(fields) != 4:
        return ColumnLook()
    title, title_align, data_align, wrap = fields
    return ColumnLook(
        str(title)[:200],
        title_align if title_align in ALIGNS else "",
        data_align if data_align in ALIGNS else "",
        bool(wrap),
    )


def restore_looks(view: QTableView, stored: Any, column_of: Any) -> None:
    """Give the Entry table's columns the looks the window's layout kept (``column_of``:
    key to column number); what cannot be read is passed over."""
    if not isinstance(stored, dict) or not stored:
        return
    looks = looks_of(view)
    entry = looks.by_table.setdefault(ENTRY.key, {})
    for name, fields in stored.items():
        column = column_of(name) if isinstance(name, str) else None
        look = look_from(fields)
        if column is not None and look:
            entry[column] = look
    looks.show()


class _LookStyle(QProxyStyle):
    """Draws the columns' titles (their own text, alignment, wrapped) and their cells'
    alignment over the application's style."""

    def __init__(self, looks: ColumnLooks) -> None:
        super().__init__()
        self._looks = looks

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_HeaderLabel and isinstance(
            option, QStyleOptionHeader
        ):
            look = self._looks.look(option.section)
            if look:
                self._draw_title(look, QStyleOptionHeader(option), painter, widget)
                return
        elif element == QStyle.ControlElement.CE_ItemViewItem and isinstance(
            option, QStyleOptionViewItem
        ):
            align = self._looks.look(option.index.column()).data_align
            if align:
                option = QStyleOptionViewItem(option)
                option.displayAlignment = ALIGNS[align] | _A.AlignVCenter
        super().drawControl(element, option, painter, widget)

    def _draw_title(
        self, look: ColumnLook, option: QStyleOptionHeader, painter: QPainter, widget: Any
    ) -> None:
        option.text = look.title or option.text
        if look.title_align:
            option.textAlignment = ALIGNS[look.title_align] | _A.AlignVCenter
        if not look.wrap:
            super().drawControl(QStyle.ControlElement.CE_HeaderLabel, option, painter, widget)
            return
        painter.save()
        painter.setPen(option.palette.color(option.palette.ColorRole.ButtonText))
        flags = int(option.textAlignment) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(option.rect, flags, option.text)
        painter.restore()

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        if kind == QStyle.ContentsType.CT_HeaderSection and isinstance(option, QStyleOptionHeader):
            look = self._looks.look(option.section)
            if look:
                option = QStyleOptionHeader(option)
                option.text = look.title or option.text
                found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
                if look.wrap:
                    header = self._looks.view.horizontalHeader()
                    margin = 2 * self.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option)
                    width = max(20, header.sectionSize(option.section) - margin)
                    box = option.fontMetrics.boundingRect(
                        QRect(0, 0, width, 2000), int(Qt.TextFlag.TextWordWrap), option.text
                    )
                    found.setHeight(max(found.height(), box.height() + margin))
                return found
        return super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]


class FieldSettingsDialog(QDialog):
    """MS Project's Field Settings for one column: field, title, alignments, width, wrapping."""

    def __init__(self, view: TaskTreeView, column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.setObjectName("field_settings_dialog")
        self.setWindowTitle("Field Settings")
        self.view, self.column = view, column
        model = view.task_model()
        look = looks_of(view).look(column)
        self.field = QComboBox(self)
        self.field.setObjectName("field_name")
        offered = [column] + [
            c
            for c in insertable(view)
            if c != column and view.isColumnHidden(c) and c not in _FIXED
        ]
        for c in offered:
            self.field.addItem(column_title(model, c), int(c))
        self.field.setEnabled(column not in _FIXED and len(offered) > 1)
        self.title = QLineEdit(look.title, self)
        self.title.setObjectName("field_title")
        self.title.setPlaceholderText(column_title(model, column))
        self.field.currentIndexChanged.connect(
            lambda _i: self.title.setPlaceholderText(self.field.currentText())
        )
        self.title_align = self._aligns("align_title", look.title_align)
        self.data_align = self._aligns("align_data", look.data_align)
        self.width_box = QSpinBox(self)
        self.width_box.setObjectName("field_width")
        self.width_box.setRange(10, MAX_COLUMN_WIDTH)
        self.width_box.setSuffix(" px")
        self.width_box.setValue(max(10, view.columnWidth(column)))
        self.wrap = QComboBox(self)
        self.wrap.setObjectName("header_wrapping")
        self.wrap.addItems(["No", "Yes"])
        self.wrap.setCurrentIndex(int(look.wrap))
        form = QFormLayout()
        form.addRow("&Field name:", self.field)
        form.addRow("&Title:", self.title)
        form.addRow("Align t&itle:", self.title_align)
        form.addRow("Align &data:", self.data_align)
        form.addRow("&Width:", self.width_box)
        form.addRow("&Header text wrapping:", self.wrap)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        best = QPushButton("&Best Fit", self)
        best.setObjectName("best_fit")
        best.setToolTip("As wide as the column's title and its widest cell")
        buttons.addButton(best, QDialogButtonBox.ButtonRole.ActionRole)
        best.clicked.connect(self.best_fit)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _aligns(self, name: str, current: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for key, label in _ALIGN_LABELS.items():
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def chosen_field(self) -> int:
        """The field the column is to show."""
        return int(self.field.currentData())

    def chosen_look(self) -> ColumnLook:
        """The look the dialog's boxes say."""
        return ColumnLook(
            self.title.text().strip(),
            str(self.title_align.currentData()),
            str(self.data_align.currentData()),
            self.wrap.currentIndex() == 1,
        )

    def best_fit(self) -> None:
        """The width of the column's title and its widest cell shown (MS Project's Best Fit)."""
        view, column = self.view, self.column
        cells = view.sizeHintForColumn(column)
        title = view.horizontalHeader().sectionSizeHint(column)
        self.width_box.setValue(max(10, min(MAX_COLUMN_WIDTH, max(cells, title) + 4)))

    def apply(self) -> int:
        """Put the settings on the sheet; the column they went to (another field: its own)."""
        view, column = self.view, self.column
        target = self.chosen_field()
        looks = looks_of(view)
        if target != column:  # the new field takes the column's place, as MS Project does
            insert_column(view, target, column)
            view.setColumnHidden(column, True)
            looks.looks.pop(column, None)
            if view.currentIndex().isValid():
                view.setCurrentIndex(view.currentIndex().siblingAtColumn(target))
        view.setColumnWidth(target, self.width_box.value())
        looks.set_look(target, self.chosen_look())
        return target


def field_settings(view: TaskTreeView, column: int | None = None) -> int | None:
    """Open Field Settings for ``column`` (None: the current cell's); the column set (None:
    cancelled, or no column to set)."""
    if column is None:
        current = view.currentIndex()
        column = current.column() if current.isValid() else None
    if column is None or column < 0 or view.isColumnHidden(column):
        return None
    dialog = FieldSettingsDialog(view, column)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.apply()
    finally:
        dialog.deleteLater()


def add_field_settings_action(window: MainWindow, actions: ActionCollection) -> Layout:
    """Format > Field Settings… (Alt+F3) on the column of the current cell, as MS Project."""
    actions.add(
        "field_settings",
        "&Field Settings…",
        lambda: _from_window(window),
        "Alt+F3",
        tip="The title, alignment, width and field of the column the cursor is in",
    )
    return ["field_settings"]


def _from_window(window: MainWindow) -> None:
    tree = window.tree
    if tree.currentIndex().isValid():
        field_settings(tree)
    else:
        window.show_error("Click a cell of the column to set first")
