"""Desk content: desks, locations, opening hours, topics, FAQs and their sources, the guide."""
