"""Two factors for every staff account (django-otp): after the password (the admin's login,
throttled by django-axes), a code from an authenticator app (TOTP), or one of ten one-time
recovery codes. StaffTwoFactorMiddleware sends a staff session without a verified device here:
to set one up (the QR code is an SVG served by the portal itself: no external request) or to
enter a code. Recovery codes are shown once, when the app is set up, and kept by django-otp's
static device (each one works once).

Setting up the app takes more than the password (issue 18, finding 9: whoever knew the password
of an account without a device enrolled their own authenticator): it also takes the set-up link
e-mailed to the staff member's own address (through the outbox, on their request from the set-up
page), opened in the session signed in with their password. `manage.py enrolment_link` prints
such a link for an account created on the command line (`make admin`) or without an address.
A link is signed, names its account, lasts ENROLMENT_LINK_HOURS and works until a device is
set up with it (or the password changes).
"""

import base64

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from core import ratelimit, staffmail
from core.outbox import compose

RECOVERY_CODES = 10
ENROLMENT_LINK_HOURS = 24
ENROLMENT_LINKS_PER_DAY = "3/d"  # e-mailed set-up links per account
ENROLMENT_SALT = "portal.otp.enrolment"
ENROLLING = "two_factor_enrolling"  # session key: the account whose link was opened


def _account_state(user) -> str:
    """Changes when a device is set up or the password changes: a link made before no longer
    works."""
    devices = sorted(
        TOTPDevice.objects.filter(user=user, confirmed=True).values_list("pk", flat=True)
    )
    value = f"{user.pk}:{user.password}:{devices}"
    return salted_hmac(ENROLMENT_SALT, value, algorithm="sha256").hexdigest()[:32]


def enrolment_url(user) -> str:
    """The set-up link for `user`: the portal's address, with a signed token in the path."""
    token = signing.dumps({"user": user.pk, "state": _account_state(user)}, salt=ENROLMENT_SALT)
    return settings.SITE_URL + reverse("two_factor_enrol", kwargs={"token": token})


def _enrolment_user(token: str):
    """The account a link was made for, while it still works; else None."""
    try:
        data = signing.loads(token, salt=ENROLMENT_SALT, max_age=ENROLMENT_LINK_HOURS * 3600)
        user = get_user_model().objects.get(pk=data["user"], is_active=True, is_staff=True)
    except (signing.BadSignature, KeyError, TypeError, ValueError, LookupError):
        return None
    except get_user_model().DoesNotExist:
        return None
    if not constant_time_compare(str(data.get("state")), _account_state(user)):
        return None
    return user


ENROLMENT = "two_factor_enrolment"


def send_enrolment_link(user):
    """Queue the set-up link to the staff member's own address (the outbox sends it, rendering
    a fresh link then: the row holds none)."""
    with transaction.atomic():
        return staffmail.about_account(
            kind=ENROLMENT, user=user, subject=str(_("Set up two-step verification"))
        )


@staffmail.rendered_when_sent(ENROLMENT)
def build_enrolment_message(email):
    with translation.override(settings.LANGUAGE_CODE):
        return compose(
            template="emails/two_factor_enrolment",
            context={
                "url": enrolment_url(email.user),
                "hours": ENROLMENT_LINK_HOURS,
                "username": email.user.get_username(),
            },
            subject=_("Set up two-step verification for the work portal"),
            to=[email.user.email],
            html=False,
        )


def manual_key(device: TOTPDevice) -> str:
    """The key to type into an authenticator app by hand: base32, as the apps expect (the QR code
    holds the same), in groups of four."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def _enrolling(request) -> bool:
    """This session opened its own account's set-up link."""
    return request.session.get(ENROLLING) == request.user.pk


class CodeForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _page(request, template, context, status=200):
    return TemplateResponse(
        request,
        f"admin/two_factor/{template}",
        {**admin.site.each_context(request), **context},
        status=status,
    )


def _new_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


@never_cache
@staff_member_required
def enrol(request, token):
    """The e-mailed set-up link: opened in the session signed in to its own account, it lets
    that session set up the app."""
    user = _enrolment_user(token)
    if user is None or user.pk != request.user.pk:
        return _page(
            request,
            "link_invalid.html",
            {"title": _("This link does not work")},
            status=404,
        )
    request.session[ENROLLING] = user.pk
    return redirect("two_factor_setup")


@never_cache
@staff_member_required
@require_POST
def send_link(request):
    """ "E-mail me the set-up link", from the set-up page: to the account's own address only."""
    user = request.user
    if user_has_device(user):
        return redirect("two_factor_verify")
    if not user.email:
        messages.error(request, _("Your account has no e-mail address. Ask an administrator."))
    elif not ratelimit.allow_for("enrolment-link", str(user.pk), ENROLMENT_LINKS_PER_DAY):
        messages.error(request, _("We have sent you several links today. Please use the last one."))
    else:
        send_enrolment_link(user)
        messages.success(
            request,
            _("We have e-mailed you a link. Open it in this browser to set up the app."),
        )
    return redirect("two_factor_setup")


@never_cache
@staff_member_required
def setup(request):
    """Set up the authenticator app, after opening the e-mailed link: scan the QR code, confirm
    with a first code; then the recovery codes, shown this once. Without the link: a button that
    e-mails it."""
    if user_has_device(request.user):
        return redirect("two_factor_verify")
    if not _enrolling(request):
        return _page(
            request,
            "setup_link.html",
            {
                "title": _("Set up two-step verification"),
                "has_email": bool(request.user.email),
                "hours": ENROLMENT_LINK_HOURS,
            },
        )
    device = _new_device(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            del request.session[ENROLLING]
            otp_login(request, device)
            recovery = StaticDevice.objects.create(user=request.user, name="recovery codes")
            codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
            StaticToken.objects.bulk_create(StaticToken(device=recovery, token=c) for c in codes)
            return _page(
                request, "recovery_codes.html", {"title": _("Recovery codes"), "codes": codes}
            )
        form.add_error("token", _("This code is not right. Please try the current one."))
    return _page(
        request,
        "setup.html",
        {
            "title": _("Set up two-step verification"),
            "form": form,
            "key": manual_key(device),
        },
    )


@never_cache
@staff_member_required
def qr_code(request):
    """The QR code of the device being set up, as SVG (CSP: an image from the portal itself)."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None or not _enrolling(request):
        return HttpResponse(status=404)
    svg = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    response = HttpResponse(svg.to_string(), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store, private"
    return response


@never_cache
@staff_member_required
def verify(request):
    """The second step of every staff login: a code from the app, or a recovery code."""
    if not user_has_device(request.user):
        return redirect("two_factor_setup")
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"].strip())
        if device is not None:
            otp_login(request, device)
            next_url = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
                next_url = "admin:index"
            return redirect(next_url)
        form.add_error("token", _("This code is not right. Please try the current one."))
    return _page(request, "verify.html", {"title": _("Two-step verification"), "form": form})
