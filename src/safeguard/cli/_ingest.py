"""Placeholder: filled in by the stage that owns this command."""
