"""Reference data shipped with the package: forces, local authorities, offence and outcome
codes, UK names.

Each loader reads a CSV from ``safeguard/reference/data`` (sources and licences in
``SOURCES.md`` there) once and caches it.
"""

from safeguard.reference._tables import (
    Force,
    LocalAuthority,
    OffenceCode,
    first_names,
    forces,
    local_authorities,
    name_variants,
    offence_codes,
    outcome_codes,
    surnames,
)

__all__ = [
    "Force",
    "LocalAuthority",
    "OffenceCode",
    "first_names",
    "forces",
    "local_authorities",
    "name_variants",
    "offence_codes",
    "outcome_codes",
    "surnames",
]
