"""Print the link that lets a staff account set up two-step verification (portal/otp.py), for
an account created on the command line (`make admin`) or one without an e-mail address. Whoever
runs this command can already change any account; the link still needs the account's password."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device

from portal.otp import ENROLMENT_LINK_HOURS, enrolment_url


class Command(BaseCommand):
    help = (
        "Print a set-up link for two-step verification: for the named staff accounts, or for "
        "every active staff account without a device."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="*", help="staff accounts (default: all without)")

    def handle(self, *args, usernames, **options):
        staff = get_user_model().objects.filter(is_active=True, is_staff=True).order_by("pk")
        if usernames:
            users = [self._user(staff, name) for name in usernames]
        else:
            users = [user for user in staff if not user_has_device(user)]
        for user in users:
            if user_has_device(user):
                self.stdout.write(f"{user.get_username()}: has a device already")
                continue
            self.stdout.write(f"{user.get_username()}: {enrolment_url(user)}")
        if users:
            self.stdout.write(
                f"Sign in with the account's password, then open its link within "
                f"{ENROLMENT_LINK_HOURS} hours, in the same browser."
            )

    @staticmethod
    def _user(staff, username):
        user = staff.filter(**{get_user_model().USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(f"No active staff account {username!r}.")
        return user
