from django.urls import path

from services import views

app_name = "services"
urlpatterns = [
    path("services/", views.overview, name="overview"),
    path("services/<slug:slug>/", views.desk_detail, name="desk"),
    path("topics/", views.topic_list, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("my-situation/", views.guide, name="guide"),
    # Questions to a desk (issue 8, part A)
    path("services/<slug:slug>/ask/", views.ask, name="ask"),
    path("contact/", views.contact, name="contact"),
]
