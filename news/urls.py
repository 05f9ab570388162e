from django.urls import path

from core.public_pages import query_parameters
from news import alert_views, feeds, views

app_name = "news"
# The feeds are page-cached like pages (news/feeds.py); they read no query parameter.
urlpatterns = [
    path("news/", views.news_list, name="list"),
    path("news/feed/", query_parameters()(feeds.LatestNews()), name="feed"),
    path("news/topics/<slug:slug>/feed/", query_parameters()(feeds.TopicNews()), name="topic_feed"),
    path("news/<slug:slug>/", views.news_detail, name="detail"),
    path("alerts/", alert_views.subscribe, name="subscribe"),
    path("alerts/check-your-email/", alert_views.check_email, name="check_email"),
    path("alerts/confirm/<token:token>/", alert_views.confirm, name="confirm"),
    path("alerts/<token:token>/", alert_views.subscription, name="subscription"),
    path("alerts/<token:token>/unsubscribe/", alert_views.unsubscribe, name="unsubscribe"),
]
