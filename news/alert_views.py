"""Subscribing to news alerts, confirming, the personal page and ending the alerts.

- `/xx/alerts/` (`subscribe`): the form, public and page-cached (`@form_page`); `?topic=<slug>`
  and `?desk=<slug>`, each repeatable, tick those choices (the guide's result links here). A
  valid form answers with a 303 to the neutral "check your e-mail" page, the same for a known
  address and a new one (news.rules.subscribe does the same work for both).
- `/xx/alerts/confirm/<token>/` (`confirm`): GET shows a button, only its POST confirms (mail
  scanners follow links in e-mails).
- `/xx/alerts/<token>/` (`subscription`): the personal page, with the choices to change and a
  button to end the alerts.
- `/xx/alerts/<token>/unsubscribe/` (`unsubscribe`): GET shows one button; POST ends the alerts.
  The address of `List-Unsubscribe` in every alert: a mail program's one-click POST (RFC 8058)
  comes without cookies, so no CSRF token is asked (the token in the address is the
  authorisation), and ending twice answers alike.

Personal pages are never cached, never indexed and send their address to no other site
(core.http.private); an unknown token gets a kind "not found" page in the page's language.
"""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.forms import form_token, send_again
from core.http import busy, private
from core.public_pages import form_page, query_parameters, repeated, slug
from core.rules import Busy
from news import rules
from news.emails import choices as choice_names
from news.forms import ChangeForm, SubscribeForm
from news.models import Subscription
from services.desks.views import guide_result_part

Status = Subscription.Status


def _alerts_crumb():
    return (_("News alerts"), reverse("news:subscribe"))


# --- Subscribing ---------------------------------------------------------------------------------


def _subscribe_page(request, form, status=200):
    return render(
        request,
        "news/alerts/subscribe.html",
        {
            "form": form,
            "title": _("News alerts"),
            "description": _(
                "Get an e-mail when there is news about the topics and desks you choose, in "
                "your language, at once or once a week."
            ),
            "breadcrumbs": [_alerts_crumb()],
            "days": settings.UNCONFIRMED_SUBSCRIPTION_DAYS,
        },
        status=status,
    )


def address_key(email: str) -> str:
    """What the per-address limit counts by: a hash of the address in one case (core.ratelimit
    keeps a keyed hash of that again)."""
    return hashlib.sha256(email.lower().encode()).hexdigest()


@query_parameters(topic=repeated(slug), desk=repeated(slug))
@form_page(rendered_at=form_token)
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        initial = {"topics": request.GET.getlist("topic"), "desks": request.GET.getlist("desk")}
        return _subscribe_page(request, SubscribeForm(initial=initial))
    form = SubscribeForm(request.POST)
    # Only a valid submission counts towards the limits: correcting a form costs nothing.
    if not form.is_valid():
        return _subscribe_page(request, form, status=400)
    if not ratelimit.allow(request, "subscribe", settings.SUBSCRIBE_RATE_LIMIT):
        form.add_error(None, gettext("Too many requests from your connection. Please try later."))
        return _subscribe_page(request, form, status=429)
    data = form.cleaned_data
    # Confirmation e-mails to one address are limited too, so that nobody floods a stranger's
    # mailbox from many connections. Over the limit nothing is sent, and the answer is the same.
    if ratelimit.allow_for(
        "subscribe_address", address_key(data["email"]), settings.SUBSCRIBE_ADDRESS_RATE_LIMIT
    ):
        try:
            rules.subscribe(
                email=data["email"],
                language=get_language(),
                topics=data["topics"],
                desks=data["desks"],
                frequency=data["frequency"],
            )
        except Busy as error:  # a burst: the form again, as typed, to send once more
            send_again(form, error)
            return busy(_subscribe_page(request, form))
    response = redirect("news:check_email")
    response.status_code = 303
    return response


@query_parameters()
def check_email(request):
    """The same page for every address, known or new: the link goes only to the mailbox."""
    return render(
        request,
        "news/alerts/check_email.html",
        {
            "title": _("Check your e-mail"),
            "breadcrumbs": [
                _alerts_crumb(),
                (_("Check your e-mail"), reverse("news:check_email")),
            ],
            "days": settings.UNCONFIRMED_SUBSCRIPTION_DAYS,
        },
    )


# --- The personal pages --------------------------------------------------------------------------


def _subscription(token) -> Subscription | None:
    return Subscription.objects.filter(token=token).prefetch_related("topics", "desks").first()


def _page(request, template, context, status=200):
    """A personal page: never cached (the views are never_cache), not indexed, its address sent
    to no other site."""
    return private(render(request, f"news/alerts/{template}", context, status=status))


def _not_found(request):
    """An unknown token (deleted after UNCONFIRMED_SUBSCRIPTION_DAYS unconfirmed, merged into
    the address's subscription, or mistyped): a kind page in the page's language, 404."""
    context = {"title": _("This link is not valid"), "days": settings.UNCONFIRMED_SUBSCRIPTION_DAYS}
    return _page(request, "not_found.html", context, status=404)


def _ended(request, status=200):
    """An ended subscription: no personal data left to show, only that it has ended."""
    return _page(request, "ended.html", {"title": _("Your news alerts have ended")}, status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners open links: a GET must not confirm); its POST
    confirms and leads to the personal page."""
    subscription = _subscription(token)
    if subscription is None:
        return _not_found(request)
    if subscription.status == Status.ENDED:
        return _ended(request)
    error = None
    if request.method == "POST":
        try:
            subscription = rules.confirm(token=token)
        except rules.NotFound:  # merged or deleted meanwhile
            return _not_found(request)
        except rules.Ended:
            return _ended(request)
        except Busy as busy_error:  # a burst: the button again, to press once more
            error = busy_error.message
        else:
            messages.success(request, gettext("Thank you: your news alerts are confirmed."))
            response = redirect(subscription)
            response.status_code = 303
            return private(response)
    elif subscription.status != Status.PENDING:  # confirmed before
        return private(redirect(subscription))
    response = _page(
        request,
        "confirm.html",
        {
            "subscription": subscription,
            "choices": choice_names(subscription),
            "title": _("Confirm your news alerts"),
            "error": error,
        },
    )
    return busy(response) if error else response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscription(request, token):
    """The personal page: the choices, a form to change them, a button to end the alerts. A
    subscription not confirmed yet leads to its confirmation page."""
    subscription = _subscription(token)
    if subscription is None:
        return _not_found(request)
    if subscription.status == Status.ENDED:
        return _ended(request)
    if subscription.status == Status.PENDING:
        return private(redirect("news:confirm", token=token))
    form = ChangeForm(request.POST if request.method == "POST" else None, subscription=subscription)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                rules.change(
                    subscription=subscription,
                    topics=data["topics"],
                    desks=data["desks"],
                    frequency=data["frequency"],
                    language=data["language"],
                )
            except rules.Ended:
                return _ended(request)
            except Busy as error:
                send_again(form, error)
                status = 429
            else:
                messages.success(request, gettext("Your choices have been saved."))
                response = redirect(f"{subscription.get_absolute_url()}#main")
                response.status_code = 303
                return private(response)
        else:
            status = 400
    response = _page(
        request,
        "subscription.html",
        {
            "subscription": subscription,
            "choices": choice_names(subscription),
            "form": form,
            "title": _("Your news alerts"),
        },
        status=status,
    )
    return busy(response) if status == 429 else response


@csrf_exempt  # the token is the authorisation; a one-click POST (RFC 8058) has no cookies
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET asks (one button); POST ends the alerts, also when sent twice. This page holds no
    form token and sets no cookie."""
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is None:
        return _not_found(request)
    if request.method == "POST":
        try:
            rules.end(subscription=subscription)
        except rules.NotFound:  # deleted meanwhile (an unconfirmed request purged)
            return _not_found(request)
        except Busy as error:  # a burst: the button again, to press once more
            context = {"subscription": subscription, "error": error.message}
            return busy(_page(request, "unsubscribe.html", context))
        return _ended(request)
    if subscription.status == Status.ENDED:
        return _ended(request)
    return _page(
        request,
        "unsubscribe.html",
        {"subscription": subscription, "title": _("End your news alerts?")},
    )


# --- "Get alerts for my situation" on the guide's result ------------------------------------------


def subscribe_url(*, topics=(), desks=()) -> str:
    """The subscription form with these topics and desks ticked."""
    query = [("topic", topic.slug) for topic in topics] + [("desk", desk.slug) for desk in desks]
    return reverse("news:subscribe") + ("?" + urlencode(query) if query else "")


@guide_result_part
def _guide_alerts(*, desks, topics, **given) -> dict:
    """The guide's result offers alerts about its desks and topics."""
    if not desks and not topics:
        return {}
    return {"alerts_url": subscribe_url(topics=topics, desks=desks)}
