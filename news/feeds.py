from django.contrib.syndication.views import Feed


class LatestNews(Feed):  # written in the next commit
    pass


class TopicNews(Feed):
    pass
