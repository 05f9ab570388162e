from django.urls import path

import core.tokens  # noqa: F401 - registers the <token:...> converter
from conferences import views

app_name = "conferences"
urlpatterns = [
    path("conferences/", views.conference_list, name="list"),
    path("conferences/<slug:slug>/", views.conference_detail, name="detail"),
    path("conferences/<slug:slug>/register/", views.register, name="register"),
    path("conferences/<slug:slug>/colleagues/", views.register_group, name="register_group"),
    path("conferences/<slug:slug>/send-my-link/", views.resend_link, name="resend_link"),
    path("conferences/<slug:slug>/check-your-email/", views.check_email, name="check_email"),
    path("conferences/<slug:slug>/calendar.ics", views.calendar, name="calendar"),
    path("registration/<token:token>/", views.manage, name="manage"),
    path("registration/<token:token>/cancel/", views.cancel, name="cancel"),
    path("registration/<token:token>/details/", views.correct_details, name="correct_details"),
]
