import logging

from core.i18n import path_language
from insight import counting

logger = logging.getLogger(__name__)


class PageViewMiddleware:
    """Counts a view of a public page (insight/counting.py says which). Above the page cache, so
    that a page served from it is counted too; a count that fails never fails the page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            events = counting.take_marks(response)  # off every response, counted or not
            language = path_language(request.path_info)  # None: no language prefix
            if language and counting.counts(request, response):
                counting.record(request, language, events)
        except Exception:
            logger.exception("A page view could not be counted")
        return response
