"""Errors the services raise: each names the input field at fault and a message-catalogue code."""

from __future__ import annotations


class FieldError(ValueError):
    """A refused operation. ``field`` names the input; ``code`` keys ``messages/*.json``; ``status`` is HTTP's."""

    def __init__(self, field: str, code: str, status: int = 422) -> None:
        super().__init__(f"{field}: {code}")
        self.field, self.code, self.status = field, code, status


class NotFound(FieldError):
    def __init__(self, field: str = "id") -> None:
        super().__init__(field, "not_found", 404)
