"""The synthetic national dataset: forces, partners, people, networks and the ground truth.

Public surface:

* :func:`generate` writes a dataset in the exchange format with its ground truth beside it;
* :data:`SCALES`, the sizes it can make (``tiny``, ``demo``, ``national``);
* :class:`Summary`, what a run made.

Layout and labels are described in ``docs/synthetic-data.md``. Synthetic data only: every
name, date and number is made up.
"""

from safeguard.synth._generate import generate
from safeguard.synth._scales import SCALES, Scale
from safeguard.synth._summary import Summary

__all__ = ["SCALES", "Scale", "Summary", "generate"]
