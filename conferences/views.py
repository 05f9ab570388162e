from django.http import Http404


def _todo(request, **kwargs):
    raise Http404


conference_list = conference_detail = register = resend_link = calendar = manage = cancel = _todo
