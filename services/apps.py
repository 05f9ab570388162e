from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ALL, CONTENT_EDITOR, DESK_STAFF, VIEW


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Service desks")
    # Who may see and change what (core/roles.py). Which desk's questions and appointments a
    # member of desk staff sees is up to those admins (their desk).
    roles = {
        CONTENT_EDITOR: {
            "servicedesk": ALL,
            "location": ALL,
            "openinghours": ALL,
            "faq": ALL,
            "source": ALL,
            "officialbody": ALL,  # the sources answers name
            "topic": ALL,
            "guideentry": ALL,
            "consultationslot": ALL,
        },
        DESK_STAFF: {
            "enquiry": ALL,
            "appointment": ALL,
            "consultationslot": VIEW,
            # Their desk's e-mails to visitors: see them, and try sending again after an outage.
            "appointmentemail": ("view", "change"),
            "enquiryemail": ("view", "change"),
        },
    }

    def ready(self):
        # The e-mail renderers register with the outbox; booking and questions add their parts to
        # the desk's page (services.desks.views.desk_page_part); all three their tables and desks
        # to the usage dashboard (insight/dashboard.py).
        from services.booking import dashboard, emails, views  # noqa: F401
        from services.desks import dashboard  # noqa: F401, F811
        from services.questions import dashboard, emails, views  # noqa: F401, F811
