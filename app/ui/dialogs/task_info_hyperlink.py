"""Task Information's hyperlink fields (Advanced tab): text to display, address,
sub-address, as Insert > Hyperlink… asks for them.

They go into the dialog's one undo step with its other fields; what makes no link (a
``javascript:`` address, text with no address) is refused with the dialog's one message,
the dialog staying open. All three emptied: the task's link is taken away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from app.domain.hyperlinks import Hyperlink, hyperlink


def link_edits(link: Hyperlink | None, name: str) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
    """Line edits for a link's text to display, address and sub-address, filled from
    ``link`` and named ``{name}_text``, ``{name}_address``, ``{name}_sub_address``: the
    Insert Hyperlink dialog and Task Information ask for the same three parts."""
    parts = (
        ("text", link.text if link else "", "shown for the link (empty: its address)"),
        ("address", link.address if link else "", "https://…, mailto:…, or a file"),
        (
            "sub_address",
            link.sub_address if link else "",
            "a place in it: a bookmark, a sheet's cell",
        ),
    )
    edits = []
    for part, value, hint in parts:
        edit = QLineEdit(value)
        edit.setObjectName(f"{name}_{part}")
        edit.setPlaceholderText(hint)
        edits.append(edit)
    return edits[0], edits[1], edits[2]


class HyperlinkFields(QGroupBox):
    """The three parts of a task's hyperlink, as line edits in a titled box."""

    def __init__(self, link: Hyperlink | None, parent: QWidget | None = None) -> None:
        super().__init__("Hyperlink", parent)
        self.setObjectName("task_hyperlink")
        self.text, self.address, self.sub_address = link_edits(link, "task_hyperlink")
        form = QFormLayout(self)
        form.addRow("Text to display", self.text)
        form.addRow("Address", self.address)
        form.addRow("Sub-address", self.sub_address)

    def value(self) -> Hyperlink | None:
        """The link typed (None: all three empty); InputError, naming "Hyperlink", when the
        parts make no link Gantry keeps."""
        return hyperlink(self.text.text(), self.address.text(), self.sub_address.text())
