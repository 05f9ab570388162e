"""Responses that carry a personal link (a registration's or an appointment's page)."""


def private(response):
    """The personal page: never cached (the view is `never_cache`), never indexed, its address
    never sent to another site. (same-origin, not no-referrer: with no-referrer browsers send
    `Origin: null` on the page's forms, and CSRF protection rightly refuses it.)"""
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
