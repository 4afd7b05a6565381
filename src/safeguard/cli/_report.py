"""``safeguard report``: being built (see its issue); this module registers its commands on ``app``."""
