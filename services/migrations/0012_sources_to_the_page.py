"""Sources to the page (issue 20): an answer cites the pages or regulations it rests on (Source:
title, address, publishing body, its own date), no longer the bodies' home pages. A location keeps
the date of the publication its contact details come from (source_date), apart from "last
checked". Existing answers keep what they cited: each body they named becomes a source with the
body's name and address, which the seed test and the content guide then ask staff to replace by
the page itself."""

import django.db.models.deletion
from django.db import migrations, models

import services.models


def bodies_to_sources(apps, schema_editor):
    FAQ = apps.get_model("services", "FAQ")
    Source = apps.get_model("services", "Source")
    sources = {}
    for faq in FAQ.objects.prefetch_related("sources"):
        for body in faq.sources.all():
            if body.pk not in sources:
                sources[body.pk] = Source.objects.create(
                    slug=body.slug, body=body, title=body.name, url=body.url
                )
            faq.pages.add(sources[body.pk])


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0011_freshness"),
    ]

    operations = [
        migrations.AddField(
            model_name="location",
            name="source_date",
            field=models.DateField(
                blank=True,
                help_text=(
                    "The date of the publication these contact details come from (e.g. a guide "
                    "of December 2017). It is not a check: set “last checked” when you have "
                    "checked them."
                ),
                null=True,
                verbose_name="date of the source",
            ),
        ),
        migrations.CreateModel(
            name="Source",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(unique=True, verbose_name="slug")),
                (
                    "title",
                    models.CharField(
                        help_text="As the page or regulation titles itself, in its own language.",
                        max_length=300,
                        verbose_name="title",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("nl", "Dutch"), ("de", "German"), ("en", "English"), ("fr", "French")],
                        default="nl",
                        max_length=8,
                        verbose_name="language of the title",
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        help_text="The page itself, never the site's home page.",
                        max_length=500,
                        validators=[services.models.validate_page_address],
                        verbose_name="web address",
                    ),
                ),
                (
                    "published_on",
                    models.DateField(
                        blank=True,
                        help_text="The date the page or regulation itself gives, if any.",
                        null=True,
                        verbose_name="as published on",
                    ),
                ),
                (
                    "body",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="pages",
                        to="services.officialbody",
                        verbose_name="published by",
                    ),
                ),
            ],
            options={
                "verbose_name": "source",
                "verbose_name_plural": "sources",
                "ordering": ["body__country", "body__order", "title"],
            },
        ),
        migrations.AddField(
            model_name="faq",
            name="pages",
            field=models.ManyToManyField(blank=True, related_name="+", to="services.source"),
        ),
        migrations.RunPython(bodies_to_sources, migrations.RunPython.noop),
        migrations.RemoveField(model_name="faq", name="sources"),
        migrations.RenameField(model_name="faq", old_name="pages", new_name="sources"),
        migrations.AlterField(
            model_name="faq",
            name="sources",
            field=models.ManyToManyField(
                blank=True,
                help_text="The pages or regulations the answer rests on; shown at the end of the answer.",
                related_name="faqs",
                to="services.source",
                verbose_name="sources",
            ),
        ),
    ]
