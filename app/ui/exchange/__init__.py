"""Excel exchange in the window: export, import with column mapping, reviewed round trip."""
