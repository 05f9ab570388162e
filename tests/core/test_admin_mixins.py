"""RuleActionsMixin needs to know which errors are a rule's refusals: it reports only those."""

import pytest
from django.contrib import admin

from core.admin_mixins import RuleActionsMixin


class Refused(Exception):
    pass


def test_an_admin_must_name_its_rules_error_class():
    with pytest.raises(TypeError, match="rule_error"):

        class Unnamed(RuleActionsMixin, admin.ModelAdmin):
            pass


@pytest.mark.parametrize("error", [Exception, BaseException, "Refused", None])
def test_an_admin_cannot_report_every_exception_as_a_refusal(error):
    with pytest.raises(TypeError, match="rule_error"):

        class Swallowing(RuleActionsMixin, admin.ModelAdmin):
            rule_error = error


def test_an_admin_naming_its_rules_error_class_is_fine():
    class Named(RuleActionsMixin, admin.ModelAdmin):
        rule_error = Refused

    assert Named.rule_error is Refused
