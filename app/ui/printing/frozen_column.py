"""A table's first column kept in place while the others scroll sideways.

The Cash Flow's Task column scrolled away with the weeks, so a PM reading week 30 could not
tell whose money it was (the Usage view keeps its names the same way). A second view over
the same model shows only the first column and lies over the table's, its rows scrolled
with the table's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class FrozenColumnView(QTableView):
    """The first column of ``table``, laid over it and scrolled with its rows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QTableView.Shape.NoFrame)
        table.viewport().stackUnder(self)
        ours, theirs = self.verticalScrollBar(), table.verticalScrollBar()
        theirs.valueChanged.connect(ours.setValue)
        ours.valueChanged.connect(theirs.setValue)
        table.horizontalHeader().sectionResized.connect(self._on_table_section_resized)
        self.model().modelReset.connect(self._on_model_reset)
        self.model().layoutChanged.connect(self._on_model_reset)
        table.installEventFilter(self)
        self._on_model_reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return super().eventFilter(watched, event)

    def _on_model_reset(self) -> None:
        for column in range(1, self.model().columnCount()):
            self.setColumnHidden(column, True)
        self.place()

    def _on_table_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.setColumnWidth(0, new)
            self.place()

    def place(self) -> None:
        """Lie over the table's first column, its header included."""
        table = self._table
        frame = table.frameWidth()
        self.setColumnWidth(0, table.columnWidth(0))
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        self.setGeometry(
            table.verticalHeader().width() + frame if table.verticalHeader().isVisible() else frame,
            frame,
            table.columnWidth(0),
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.setVisible(self.model().columnCount() > 0)
