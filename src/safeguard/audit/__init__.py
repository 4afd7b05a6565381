"""The identification audit: measure flag accuracy the way an inspector does, and track it.

A round draws a reproducible stratified random sample of a sampling frame (child-related
records, or records with exploitation indicators), writes review packs (XLSX and CSV), imports
the reviewers' determinations with validation, measures two reviewers' agreement (Cohen's
kappa), and estimates flag accuracy, missed-flag and over-flag rates with Wilson 95%
intervals using the design weights, overall and per force, round after round (docs/audit.md).

Public surface:

* :class:`SampleRequest` and :func:`draw_round` (with :func:`write_packs`): a new round;
* :func:`import_reviews`: filled-in packs back in, all or nothing;
* :func:`disagreements`, :func:`write_resolution_sheet`, :func:`import_resolutions`,
  :func:`resolve_one`: the second review;
* :func:`audit_report` and :func:`write_html`: the results;
* :func:`allocate`, :func:`draw`, :func:`weighted_proportion`, :func:`wilson`,
  :func:`cohens_kappa`: the design and the estimators, as pure functions.
"""

from safeguard.audit._agreement import Agreement, cohens_kappa
from safeguard.audit._columns import DETERMINATIONS, PACK_COLUMNS
from safeguard.audit._design import allocate, draw, second_review
from safeguard.audit._errors import AuditError, AuditImportError
from safeguard.audit._estimate import Estimate, weighted_proportion, wilson
from safeguard.audit._html import write_html
from safeguard.audit._import import ReviewImport, import_reviews
from safeguard.audit._packs import check_out, write_packs
from safeguard.audit._report import MEASURES, SYSTEMS, RoundReport, ScopeEstimates, audit_report
from safeguard.audit._resolve import (
    Disagreement,
    disagreements,
    import_resolutions,
    resolve_one,
    write_resolution_sheet,
)
from safeguard.audit._sample import (
    FRAMES,
    STRATIFY_COLUMNS,
    AuditRound,
    SampleRequest,
    StratumSize,
    draw_round,
)

__all__ = [
    "DETERMINATIONS",
    "FRAMES",
    "MEASURES",
    "PACK_COLUMNS",
    "STRATIFY_COLUMNS",
    "SYSTEMS",
    "Agreement",
    "AuditError",
    "AuditImportError",
    "AuditRound",
    "Disagreement",
    "Estimate",
    "ReviewImport",
    "RoundReport",
    "SampleRequest",
    "ScopeEstimates",
    "StratumSize",
    "allocate",
    "audit_report",
    "check_out",
    "cohens_kappa",
    "disagreements",
    "draw",
    "draw_round",
    "import_resolutions",
    "import_reviews",
    "resolve_one",
    "second_review",
    "weighted_proportion",
    "wilson",
    "write_html",
    "write_packs",
    "write_resolution_sheet",
]
