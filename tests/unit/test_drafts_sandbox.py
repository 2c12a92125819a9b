"""No client name and no template can reach Python's internals; a broken template is one sentence."""

from __future__ import annotations

from datetime import date

import pytest

from clienteling.domain.errors import ValidationError
from clienteling.domain.vocab import OutreachPurpose
from clienteling.outreach.drafts import DraftRenderer, render_draft
from clienteling.outreach.prompt import DraftContext

HOSTILE = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ item.__class__.__base__.__subclasses__() }}",
    "{{ item|attr('__class__') }}",
    "{{ greeting.format.__globals__ }}",
    "{{ promised_on.__class__.__init__.__globals__ }}",
    "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "{{ range(10) }}",
    "{{ config }}",
    "{{ request.application.__globals__ }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ '{0.__class__}'.format(item) }}",
    "{{ '{x.__class__}'.format_map({'x': item}) }}",
    "{% set x = {} %}{{ x.update(a=1) }}",  # the immutable sandbox: no mutation of data
    "{{ [1].append(2) }}",
]


def context(**details) -> DraftContext:
    return DraftContext(purpose=OutreachPurpose.THANK_YOU, language="en", title="mrs", family_name="Dupont",
                        given_name="Héloïse", family_name_latin="", given_name_latin="", advisor="Camille",
                        boutique="Paris", details=details)


@pytest.fixture
def templates(tmp_path):
    (tmp_path / "en").mkdir()

    def write(source: str, purpose: str = "thank_you") -> DraftRenderer:
        (tmp_path / "en" / f"{purpose}.j2").write_text(source, encoding="utf-8")
        return DraftRenderer(tmp_path)

    return write


@pytest.mark.parametrize("source", HOSTILE)
def test_a_hostile_template_cannot_reach_python_internals(templates, source):
    renderer = templates("{{ end_of_subject }}" + source)
    with pytest.raises(ValidationError) as caught:
        renderer.render(context(item="Kelly", promised_on=date(2025, 11, 28)))
    message = str(caught.value)
    assert "en/thank_you.j2" in message and "was not written" in message
    assert "Traceback" not in message and "\n" not in message
    assert caught.value.field == "template"
    for leak in ("<class", "subprocess", "__builtins__", "uid="):
        assert leak not in message


def test_a_hostile_name_or_detail_is_written_as_text_never_run():
    evil = "{{ ''.__class__.__mro__ }}"
    ctx = DraftContext(purpose=OutreachPurpose.AFTERCARE_MILESTONE, language="en", title="", family_name=evil,
                       given_name="{% for x in range(99999999) %}x{% endfor %}", family_name_latin="",
                       given_name_latin="", advisor="<script>alert(1)</script>", boutique="{{ config }}",
                       details={"item": "{{ cycler.__init__.__globals__ }}", "stage": "received"})
    draft = render_draft(ctx)
    assert evil in draft.body
    assert "{{ cycler.__init__.__globals__ }}" in draft.body + draft.subject
    assert "<script>alert(1)</script>" in draft.body  # plain text: shown literally, never escaped or run
    assert "{{ config }}" in draft.body
    assert "<class" not in draft.body


def test_a_syntax_error_names_the_file_and_line(templates):
    renderer = templates("{{ end_of_subject }}\nHello\n{% if item %}unclosed")
    with pytest.raises(ValidationError, match=r"en/thank_you.j2, line \d+ has a mistake"):
        renderer.render(context())


def test_an_unknown_name_in_a_template_is_a_clear_sentence(templates):
    renderer = templates("{{ end_of_subject }}Dear {{ custmer_name }}")
    with pytest.raises(ValidationError) as caught:
        renderer.render(context())
    assert "uses a name a message does not have" in str(caught.value)
    assert "custmer_name" in str(caught.value)


def test_a_filter_given_a_wrong_value_is_a_clear_sentence(templates):
    renderer = templates("{{ end_of_subject }}{{ item|day }}")
    with pytest.raises(ValidationError, match="could not be filled in"):
        renderer.render(context(item="not a date"))


def test_a_missing_layout_is_a_clear_sentence(templates):
    renderer = templates('{% extends "_layout.j2" %}{% block message %}x{% endblock %}')
    with pytest.raises(ValidationError, match="needs _layout.j2, which is missing"):
        renderer.render(context())


def test_no_template_at_all_is_a_clear_sentence(tmp_path):
    with pytest.raises(ValidationError, match="There is no template for the thank you message"):
        DraftRenderer(tmp_path).render(context())


def test_a_detail_cannot_fake_the_end_of_the_subject(templates):
    renderer = templates("{% block subject %}S {{ item }}{% endblock %}{{ end_of_subject }}Body {{ item }}")
    draft = renderer.render(context(item="x{{ end_of_subject }}y"))
    assert draft.subject == "S x{{ end_of_subject }}y"
    assert draft.body == "Body x{{ end_of_subject }}y"


def test_templates_see_no_globals(templates):
    renderer = templates("{{ end_of_subject }}{{ dict(a=1) }}")
    with pytest.raises(ValidationError, match="dict"):
        renderer.render(context())
