"""`make admin`: a staff account with every permission, for the local database.

Without questions when the environment gives a name and a password (for scripts and containers):
ADMIN_USER, ADMIN_EMAIL (optional) and ADMIN_PASSWORD (or Django's DJANGO_SUPERUSER_PASSWORD);
the password must pass the same checks as one typed in. Otherwise it asks, as Django's
createsuperuser does, for what the environment leaves out. Everything it says is English, whatever
LANGUAGE_CODE is (the prompts used to be half Dutch, half English). An account that exists
already is left as it is. `make admin` then prints the account's two-step set-up link
(`manage.py enrolment_link`).
"""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation


class Command(BaseCommand):
    help = (
        "Create a staff account with every permission: from ADMIN_USER, ADMIN_EMAIL and "
        "ADMIN_PASSWORD (or DJANGO_SUPERUSER_PASSWORD) when they are set, otherwise by asking."
    )

    def handle(self, *args, **options):
        with translation.override("en"):
            self.create()

    def create(self):
        username = os.environ.get("ADMIN_USER", "").strip()
        email = os.environ.get("ADMIN_EMAIL", "").strip()
        password = os.environ.get("ADMIN_PASSWORD") or os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        model = get_user_model()
        if username and model.objects.filter(**{model.USERNAME_FIELD: username}).exists():
            self.stdout.write(f"The account {username!r} exists already; it is left as it is.")
            return
        if not (username and password):
            # Django's questions, for what the environment leaves out (in English, see above).
            given = {"username": username} if username else {}
            if email:
                given["email"] = email
            call_command("createsuperuser", interactive=True, stdout=self.stdout, **given)
            return
        try:
            validate_password(password, model(**{model.USERNAME_FIELD: username, "email": email}))
        except ValidationError as error:
            reasons = " ".join(error.messages)
            raise CommandError(f"The password is not accepted: {reasons}") from None
        user = model.objects.create_superuser(username, email, password)
        self.stdout.write(f"Created the account {user.get_username()!r}, with every permission.")
