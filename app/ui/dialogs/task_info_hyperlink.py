"""Task Information's hyperlink fields (Advanced tab): text to display, address,
sub-address, as Insert > Hyperlink… asks for them.

They go into the dialog's one undo step with its other fields; what makes no link (a
``javascript:`` address, text with no address) is refused with the dialog's one message,
the dialog staying open. All three emptied: the task's link is taken away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from app.domain.hyperlinks import Hyperlink, hyperlink


class HyperlinkFields(QGroupBox):
    """The three parts of a task's hyperlink, as line edits in a titled box."""

    def __init__(self, link: Hyperlink | None, parent: QWidget | None = None) -> None:
        super().__init__("Hyperlink", parent)
        self.setObjectName("task_hyperlink")
        self.text = QLineEdit(link.text if link else "")
        self.text.setObjectName("task_hyperlink_text")
        self.text.setPlaceholderText("shown for the link (empty: its address)")
        self.address = QLineEdit(link.address if link else "")
        self.address.setObjectName("task_hyperlink_address")
        self.address.setPlaceholderText("https://…, mailto:…, or a file")
        self.sub_address = QLineEdit(link.sub_address if link else "")
        self.sub_address.setObjectName("task_hyperlink_sub_address")
        self.sub_address.setPlaceholderText("a place in it: a bookmark, a sheet's cell")
        form = QFormLayout(self)
        form.addRow("Text to display", self.text)
        form.addRow("Address", self.address)
        form.addRow("Sub-address", self.sub_address)

    def value(self) -> Hyperlink | None:
        """The link typed (None: all three empty); InputError, naming "Hyperlink", when the
        parts make no link Gantry keeps."""
        return hyperlink(self.text.text(), self.address.text(), self.sub_address.text())
