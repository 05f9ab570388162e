from django.http import Http404


def _not_yet(request, **kwargs):  # written in the next commit
    raise Http404


subscribe = check_email = confirm = subscription = unsubscribe = _not_yet
