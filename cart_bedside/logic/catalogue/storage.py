"""Message texts: storage errors and audit events."""

MESSAGES: dict[str, dict[str, str]] = {}
