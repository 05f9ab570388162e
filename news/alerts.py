"""Releasing news alerts per language and sending them, and the weekly digests (written next)."""
