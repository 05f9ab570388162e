"""Every change to a subscription, each one transaction (see docs/architecture.md, "News and
alerts"). Releasing and sending alerts and digests: news/alerts.py."""
