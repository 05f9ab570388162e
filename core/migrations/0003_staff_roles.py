"""The staff roles (core/roles.py): content editor, event manager, desk staff, administrator.

The permissions of a fresh database are only created after all migrations, so the groups get
them from `sync_roles` after `migrate` (core/apps.py); on an existing database they get them here.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from core.roles import sync_roles

    sync_roles(group_model=apps.get_model("auth", "Group"), permission_model=apps.get_model("auth", "Permission"))


def remove_roles(apps, schema_editor):
    from core.roles import GROUPS

    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_text_search_configurations"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
