"""A URLconf that names a view as the portal's does, at another address (test_urls_once)."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("elsewhere/<str:language>/", HttpResponse, name="set_language")]
