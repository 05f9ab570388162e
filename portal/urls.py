from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from insight import views as insight_views
from portal import admin_views, otp, views
from portal.middleware import language_neutral
from portal.models import Page
from portal.sitemaps import SITEMAPS

portal_patterns = (
    [
        path("", views.home, name="home"),
        path("search/", views.search, name="search"),
        path("feedback/", views.feedback, name="feedback"),
        path("feedback/outdated/", views.feedback_outdated, name="feedback_outdated"),
        path("about/", views.page, {"slug": Page.Slug.ABOUT}, name="about"),
        path("privacy/", views.page, {"slug": Page.Slug.PRIVACY}, name="privacy"),
        path("accessibility/", views.page, {"slug": Page.Slug.ACCESSIBILITY}, name="accessibility"),
        path("in-figures/", views.figures, name="figures"),
    ],
    "portal",
)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("healthz/jobs", views.healthz_jobs, name="healthz_jobs"),
    path("metrics", views.metrics, name="metrics"),
    path("favicon.ico", views.favicon),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("sitemap.xml", language_neutral(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("language/<str:language>/", views.set_language, name="set_language"),
    path("admin/two-factor/setup/", otp.setup, name="two_factor_setup"),
    path("admin/two-factor/send-link/", otp.send_link, name="two_factor_send_link"),
    path("admin/two-factor/enrol/<str:token>/", otp.enrol, name="two_factor_enrol"),
    path("admin/two-factor/qr.svg", otp.qr_code, name="two_factor_qr"),
    path("admin/two-factor/verify/", otp.verify, name="two_factor_verify"),
    path(
        "admin/content-status/",
        admin.site.admin_view(admin_views.content_status),
        name="content_status",
    ),
    path("admin/usage/", admin.site.admin_view(insight_views.dashboard), name="usage_dashboard"),
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include(portal_patterns)),
    path("answers/<int:pk>/read/", insight_views.answer_read, name="answer_read"),
    path(
        "forms/<slug:form>/<slug:where>/started/", insight_views.form_started, name="form_started"
    ),
    path("", include("services.urls")),
    path("", include("conferences.urls")),
    path("", include("news.urls")),
)

handler500 = "portal.views.server_error"
