"""The refusal of one cell of a client's sheet (app.io.sheet_values, app.io.sheet_money)."""


class CellError(ValueError):
    """A cell's value cannot be read; the message says why (without the cell address)."""
