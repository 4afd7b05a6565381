"""``python -m safeguard`` runs the command line."""

from safeguard.cli import main

main()
