"""Questions as a conversation (issue 21): a personal link per question, through which the visitor
reads the answers and replies, and the visitor's reply as a kind of thread message."""

from django.db import migrations, models

import core.tokens


def give_each_question_a_link(apps, schema_editor):
    Enquiry = apps.get_model("services", "Enquiry")
    for enquiry in Enquiry.objects.filter(token=None).only("pk"):
        Enquiry.objects.filter(pk=enquiry.pk).update(token=core.tokens.new_token())


class Migration(migrations.Migration):
    dependencies = [("services", "0013_booking_languages_and_phone")]

    operations = [
        migrations.AddField(
            model_name="enquiry",
            name="token",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(give_each_question_a_link, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="enquiry",
            name="token",
            field=models.CharField(
                default=core.tokens.new_token,
                editable=False,
                max_length=64,
                unique=True,
            ),
        ),
        migrations.AlterField(
            model_name="enquirymessage",
            name="kind",
            field=models.CharField(
                choices=[
                    ("reply", "reply to the visitor"),
                    ("visitor", "reply from the visitor"),
                    ("handover", "handed over"),
                    ("note", "internal note"),
                ],
                max_length=10,
                verbose_name="kind",
            ),
        ),
    ]
