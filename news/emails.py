"""E-mails to subscribers, in their language, sent through the outbox (core.outbox).

- The confirmation (double opt-in): what was asked for (the portal's own topic and desk names,
  nothing the visitor typed) and the link to confirm. Until it is followed nothing else is sent.
- An alert: one news item, in the subscriber's language, or in the fallback language staff chose
  for that language (`AlertEmail.language`, the text marked with its `lang`).
- A weekly digest: the items released in the subscriber's language since the last one.

Alerts and digests carry the personal link to change or end the subscription, and
`List-Unsubscribe` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): the mail
program ends the subscription with one POST to that address, without cookies.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.i18n import localize
from core.outbox import compose, renders
from core.richtext import render
from news.models import AlertEmail, NewsItem, Subscription

Kind = AlertEmail.Kind

SUBJECTS = {
    Kind.CONFIRM: _("Confirm your news alerts"),
    Kind.ALERT: _("News: %(title)s"),
    Kind.DIGEST: _("This week's news from the South Limburg work portal"),
}


@renders(AlertEmail)
def build_message(email: AlertEmail) -> EmailMultiAlternatives:
    subscription = email.subscription
    with translation.override(subscription.language):
        context = {
            "language": subscription.language,
            "subscription": subscription,
            "manage_url": settings.SITE_URL + subscription.get_absolute_url(),
            "unsubscribe_url": unsubscribe_url(subscription),
            "news_url": settings.SITE_URL + reverse("news:list"),
        }
        if email.kind == Kind.CONFIRM:
            context |= {
                "confirm_url": settings.SITE_URL
                + reverse("news:confirm", kwargs={"token": subscription.token}),
                "choices": choices(subscription),
                "days": settings.UNCONFIRMED_SUBSCRIPTION_DAYS,
            }
            subject = SUBJECTS[Kind.CONFIRM]
        elif email.kind == Kind.ALERT:
            context["item"] = item_context(email.item, subscription.language)
            subject = SUBJECTS[Kind.ALERT] % {"title": context["item"]["title"].text}
        else:
            items = sorted(email.digest_items.all(), key=lambda item: (item.date, item.pk))
            context["items"] = [
                item_context(item, subscription.language) for item in reversed(items)
            ]
            subject = SUBJECTS[Kind.DIGEST]
        message = compose(
            template=f"emails/news_{email.kind}",
            context=context,
            subject=subject,
            to=[subscription.email],
        )
    if email.kind != Kind.CONFIRM:
        message.extra_headers |= {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    return message


def unsubscribe_url(subscription: Subscription) -> str:
    return settings.SITE_URL + reverse("news:unsubscribe", kwargs={"token": subscription.token})


def item_context(item: NewsItem, language: str) -> dict:
    """An item's texts for a reader of `language`: in it, or in its fallback (marked), which is
    the language staff chose to send it in (news.alerts.sent_in); its address in `language`."""
    body = localize(item, "body", language)
    return {
        "item": item,
        "title": localize(item, "title", language),
        "summary": localize(item, "summary", language),
        "body": body,
        "body_html": render(body.text),
        "url": settings.SITE_URL + item.get_absolute_url(),
    }


def choices(subscription: Subscription) -> list[str]:
    """What the subscription asks for, in words: the topics and desks by their names."""
    names = [localize(topic, "name").text for topic in subscription.topics.all()]
    names += [desk.display_name() for desk in subscription.desks.all()]
    return names
