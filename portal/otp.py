"""Two factors for every staff account (django-otp): after the password (the admin's login,
throttled by django-axes), a code from an authenticator app (TOTP), or one of ten one-time
recovery codes. StaffTwoFactorMiddleware sends a staff session without a verified device here:
to set one up (the QR code is an SVG served by the portal itself: no external request) or to
enter a code. Recovery codes are shown once, when the app is set up, and kept by django-otp's
static device (each one works once).
"""

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


class CodeForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _page(request, template, context):
    return TemplateResponse(
        request, f"admin/two_factor/{template}", {**admin.site.each_context(request), **context}
    )


def _new_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


@never_cache
@staff_member_required
def setup(request):
    """Set up the authenticator app: scan the QR code, confirm with a first code; then the
    recovery codes, shown this once."""
    if user_has_device(request.user):
        return redirect("two_factor_verify")
    device = _new_device(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
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
        {"title": _("Set up two-step verification"), "form": form, "key": device.key},
    )


@never_cache
@staff_member_required
def qr_code(request):
    """The QR code of the device being set up, as SVG (CSP: an image from the portal itself)."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
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
