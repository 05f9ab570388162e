from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from services.models import FAQ, Location, OpeningHours, ServiceDesk, Topic


def _visible_faqs(user):
    """FAQs a visitor may see: published, of a published desk, on a published topic."""
    faqs = FAQ.objects.visible_to(user)
    if not (user.is_authenticated and user.is_staff):
        faqs = faqs.filter(desk__is_published=True, topic__is_published=True)
    return faqs


def overview(request):
    desks = ServiceDesk.objects.visible_to(request.user).prefetch_related(
        Prefetch("locations", queryset=Location.objects.visible_to(request.user))
    )
    topics = Topic.objects.visible_to(request.user)
    return render(request, "services/overview.html", {"desks": desks, "topics": topics})


def desk_detail(request, slug):
    desk = get_object_or_404(ServiceDesk.objects.visible_to(request.user), slug=slug)
    locations = (
        Location.objects.visible_to(request.user)
        .filter(desk=desk)
        .prefetch_related(
            Prefetch("hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
        )
    )
    faqs = (
        _visible_faqs(request.user)
        .filter(desk=desk)
        .select_related("topic")
        .order_by("topic__order", "topic__slug", "order", "pk")
    )
    return render(
        request,
        "services/desk_detail.html",
        {"desk": desk, "locations": locations, "faqs": faqs},
    )


def topic_list(request):
    topics = Topic.objects.visible_to(request.user)
    return render(request, "services/topic_list.html", {"topics": topics})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), slug=slug)
    faqs = (
        _visible_faqs(request.user)
        .filter(topic=topic)
        .select_related("desk")
        .order_by("desk__order", "desk__slug", "order", "pk")
    )
    return render(request, "services/topic_detail.html", {"topic": topic, "faqs": faqs})
