"""The national picture: metrics as SQL, per force area and nationally, and disclosure control.

Public surface:

* :func:`catalogue`, the metric definitions (``metrics.yaml``), and :class:`Metric`;
* :func:`compute_picture`, every metric per force area and nationally, by month, year and all
  time, as a :class:`Picture` of :class:`Cell`;
* :func:`make_publishable`, statistical disclosure control for what is published, built on
  :func:`suppress` (small counts, then secondary suppression so none can be worked out).
"""

from safeguard.picture._catalogue import Catalogue, CatalogueError, Metric, Section, catalogue
from safeguard.picture._compute import aggregate_sql, compute_picture
from safeguard.picture._disclosure import THRESHOLD, Constraint, determined, suppress
from safeguard.picture._model import ALL_TIME, NATIONAL, Cell, Picture
from safeguard.picture._publish import make_publishable

__all__ = [
    "ALL_TIME",
    "NATIONAL",
    "THRESHOLD",
    "Catalogue",
    "CatalogueError",
    "Cell",
    "Constraint",
    "Metric",
    "Picture",
    "Section",
    "aggregate_sql",
    "catalogue",
    "compute_picture",
    "determined",
    "make_publishable",
    "suppress",
]
