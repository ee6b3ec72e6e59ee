"""Message texts: rules (filled in by its area)."""

MESSAGES: dict[str, dict[str, str]] = {}
