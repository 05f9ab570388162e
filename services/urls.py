"""The app's URLs; the views are in the domain packages (desks, booking, questions)."""

from django.urls import path

import core.tokens  # noqa: F401 - registers the <token:...> converter
from services.booking import views as booking
from services.desks import views as desks
from services.questions import views as questions

app_name = "services"
urlpatterns = [
    path("services/", desks.overview, name="overview"),
    path("services/<slug:slug>/", desks.desk_detail, name="desk"),
    path("topics/", desks.topic_list, name="topics"),
    path("topics/<slug:slug>/", desks.topic_detail, name="topic"),
    path("my-situation/", desks.guide, name="guide"),
    # Booking a consultation
    path("book/", booking.find_booking, name="find_booking"),
    path("services/<slug:slug>/book/", booking.booking, name="booking"),
    path("services/<slug:slug>/book/<int:slot>/", booking.book_slot, name="book_slot"),
    path("appointment/<token:token>/", booking.appointment, name="appointment"),
    path(
        "appointment/<token:token>/cancel/",
        booking.appointment_cancel,
        name="appointment_cancel",
    ),
    path("appointment/<token:token>/move/", booking.appointment_move, name="appointment_move"),
    # Questions to a desk (issue 8, part A)
    path("services/<slug:slug>/ask/", questions.ask, name="ask"),
    path("contact/", questions.contact, name="contact"),
    path("question/<token:token>/", questions.question, name="question"),
]
