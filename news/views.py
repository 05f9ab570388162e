from django.http import Http404


def news_list(request):  # written in the next commit
    raise Http404


def news_detail(request, slug):
    raise Http404
