from django.urls import path, register_converter

from conferences import views


class TokenConverter:
    """A personal-link token (secrets.token_urlsafe): anything else is simply not found."""

    regex = r"[A-Za-z0-9_-]{20,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TokenConverter, "token")

app_name = "conferences"
urlpatterns = [
    path("conferences/", views.conference_list, name="list"),
    path("conferences/<slug:slug>/", views.conference_detail, name="detail"),
    path("conferences/<slug:slug>/register/", views.register, name="register"),
    path("conferences/<slug:slug>/send-my-link/", views.resend_link, name="resend_link"),
    path("conferences/<slug:slug>/check-your-email/", views.check_email, name="check_email"),
    path("conferences/<slug:slug>/calendar.ics", views.calendar, name="calendar"),
    path("registration/<token:token>/", views.manage, name="manage"),
    path("registration/<token:token>/cancel/", views.cancel, name="cancel"),
]
