"""Response headers the apps share: pages that carry a personal link (a registration's or an
appointment's page), and a form sent back after a burst."""


def private(response):
    """The personal page: never cached (the view is `never_cache`), never indexed, its address
    never sent to another site. (same-origin, not no-referrer: with no-referrer browsers send
    `Origin: null` on the page's forms, and CSRF protection rightly refuses it.)"""
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# Seconds a visitor sent back to retry after a burst (core.rules.Busy) is told to wait.
BUSY_RETRY_AFTER = 5


def busy(response):
    """The form shown again because a burst kept the rule from handling it in time: 429 (the
    visitor should send it again, not the server is broken), with Retry-After."""
    response.status_code = 429
    response["Retry-After"] = str(BUSY_RETRY_AFTER)
    return response
