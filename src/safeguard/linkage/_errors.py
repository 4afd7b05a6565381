"""The linkage stage's error."""

from __future__ import annotations

from safeguard.errors import SafeguardError


class LinkageError(SafeguardError):
    """Linkage cannot go on: no trained model, a bad mention name, a backend that is missing.

    Messages name mentions by their key (``source/record_id/person_ref``), never by personal
    details.
    """
