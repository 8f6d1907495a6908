"""Errors a user can cause; the CLI turns each into one `Error: …` line."""


class SvodkaError(Exception):
    """Base of every error svodka reports to a user instead of a traceback."""


class InputError(SvodkaError):
    """A page that cannot be read: empty, binary, truncated, too large, undecodable."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
