"""Linkage: one child, one suspect, one identity across forces and agencies.

Splink (5) links every person mention in the warehouse: comparisons on names (nicknames and
term frequencies), aliases, date of birth (swapped day and month), age at the event, postcode,
phone, e-mail, identifiers and force area; blocking rules that keep pair recall above 0.99 on
the generator's truth; parameters trained without labels. Entities are the connected
components of the pairs at or above a threshold chosen from evidence
(``docs/decisions/0002-linkage-threshold.md``). DuckDB runs it by default; Spark when one
machine is outgrown. Protected characteristics are never compared or blocked on.

Public surface:

* :func:`link`, a full run (``match_pairs`` and ``entities``); :func:`link_incremental`, new
  mentions against the existing entities; :func:`link_file`, a file with no warehouse;
  :func:`link_table`, train, score and cluster any table (:class:`LinkedTable`);
* :func:`blocked_pairs`, the candidate pairs of the blocking rules (to measure recall);
* :func:`saved_model`, the latest trained model and its threshold, as stored with the run;
* :func:`explain`, the waterfall of one pair (:class:`Explanation`, :class:`Contribution`);
* :func:`export_review` and :func:`import_review`, clerical review of the uncertain band;
* :class:`LinkageConfig` and :class:`SparkConfig`; :func:`mention_model` and
  :class:`ModelSpec`, the model; :data:`PROTECTED_CHARACTERISTICS`;
* :class:`MentionKey` and :func:`parse_mention`, naming a mention ``source/record_id/ref``;
* :class:`LinkBackend` and :func:`open_backend`; :class:`LinkageError`.
"""

from safeguard.linkage._backend import LinkBackend, open_backend
from safeguard.linkage._blocking import blocked_pairs
from safeguard.linkage._cluster import match_probability, match_weight
from safeguard.linkage._config import LinkageConfig, SparkConfig
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._explain import Contribution, Explanation, explain
from safeguard.linkage._file import FileLinkResult, link_file
from safeguard.linkage._incremental import link_incremental
from safeguard.linkage._mentions import MentionKey, parse_mention, prepare_mentions
from safeguard.linkage._model import (
    PROTECTED_CHARACTERISTICS,
    ModelSpec,
    mention_model,
    settings_with_parameters,
)
from safeguard.linkage._review import ReviewImport, export_review, import_review
from safeguard.linkage._run import LinkedTable, LinkResult, link, link_table, no_reviews
from safeguard.linkage._steps import StepCallback
from safeguard.linkage._store import saved_model

__all__ = [
    "PROTECTED_CHARACTERISTICS",
    "Contribution",
    "Explanation",
    "FileLinkResult",
    "LinkBackend",
    "LinkResult",
    "LinkedTable",
    "LinkageConfig",
    "LinkageError",
    "MentionKey",
    "ModelSpec",
    "ReviewImport",
    "SparkConfig",
    "blocked_pairs",
    "StepCallback",
    "explain",
    "export_review",
    "import_review",
    "link",
    "link_file",
    "link_incremental",
    "link_table",
    "match_probability",
    "match_weight",
    "no_reviews",
    "mention_model",
    "open_backend",
    "parse_mention",
    "prepare_mentions",
    "saved_model",
    "settings_with_parameters",
]
