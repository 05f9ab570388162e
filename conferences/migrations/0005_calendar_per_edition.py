"""Calendar entries per edition: a registration no longer keeps a sequence of its own (the edition's
is used), and new registrations get no UID of their own. Existing ones keep theirs, because the
invitations they were sent carry it (see conferences/calendar.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("conferences", "0004_search_indexes"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="registration",
            name="calendar_sequence",
        ),
        migrations.AlterField(
            model_name="registration",
            name="calendar_uid",
            field=models.UUIDField(editable=False, null=True, unique=True),
        ),
    ]
