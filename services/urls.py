from django.urls import path

import core.tokens  # noqa: F401 - registers the <token:...> converter
from services import views

app_name = "services"
urlpatterns = [
    path("services/", views.overview, name="overview"),
    path("services/<slug:slug>/", views.desk_detail, name="desk"),
    path("topics/", views.topic_list, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("my-situation/", views.guide, name="guide"),
    # Booking a consultation
    path("services/<slug:slug>/book/", views.booking, name="booking"),
    path("services/<slug:slug>/book/<int:slot>/", views.book_slot, name="book_slot"),
    path("appointment/<token:token>/", views.appointment, name="appointment"),
    path("appointment/<token:token>/cancel/", views.appointment_cancel, name="appointment_cancel"),
    path("appointment/<token:token>/move/", views.appointment_move, name="appointment_move"),
    # Questions to a desk (issue 8, part A)
    path("services/<slug:slug>/ask/", views.ask, name="ask"),
    path("contact/", views.contact, name="contact"),
]
