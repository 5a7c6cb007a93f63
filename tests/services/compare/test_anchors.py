"""Finding keys are made of text only: the same two texts and anchors give the same key after
re-import, re-analysis, another encoding or the other order; another figure gets another key."""

from dataclasses import replace

import pytest

from services.compare.anchors import discrepancy_key, finding_keys, link_key, text_hash
from services.compare.comparison import compare
from services.documents.importing import content_hash
from services.models import Article


def _article(text: str, **fields) -> Article:
    return Article(None, "", "", "", "", text, text, **fields)


SIXTY = _article("نقلت المروحيات نحو 60 معتقلا من السجن.\nوقال مصدر إن العملية جرت ليلا.")
SEVEN_FIFTY = _article("نقلت المروحيات 750 معتقلا من السجن.\nوقال مصدر إن العملية جرت ليلا.")


def test_the_key_does_not_depend_on_the_order_of_the_two_versions():
    ab, ba = compare(SIXTY, SEVEN_FIFTY), compare(SEVEN_FIFTY, SIXTY)
    assert ab.discrepancies and ba.discrepancies
    assert discrepancy_key(ab, 0) == discrepancy_key(ba, 0)
    assert sorted(finding_keys(ab)[1]) == sorted(finding_keys(ba)[1])


@pytest.mark.parametrize(
    "rewritten",
    [
        "نقلت المروحيات ٧٥٠ معتقلا من السجن.\nوقال مصدر إن العملية جرت ليلا.",  # digits
        "نقلتِ المروحيات  750 معتقلًا من السجن.\n\nوقال مصدر إن العملية جرت ليلا.",  # marks, spaces
    ],
)
def test_the_key_survives_what_the_content_hash_ignores(rewritten):
    again = _article(rewritten)
    assert text_hash(again) == text_hash(SEVEN_FIFTY)
    assert discrepancy_key(compare(SIXTY, again), 0) == discrepancy_key(
        compare(SIXTY, SEVEN_FIFTY), 0
    )


def test_a_text_without_a_hash_gets_the_importer_fingerprint():
    assert text_hash(SIXTY) == content_hash(SIXTY.text)
    stored = replace(SIXTY, id=4, content_hash=content_hash(SIXTY.text))
    assert discrepancy_key(compare(stored, SEVEN_FIFTY), 0) == discrepancy_key(
        compare(SIXTY, SEVEN_FIFTY), 0
    )


def test_row_ids_and_metadata_do_not_enter_the_key():
    stored = replace(SIXTY, id=12, title="عنوان", source="الميادين", path="/x/a.txt")
    assert link_key(compare(stored, SEVEN_FIFTY), 0) == link_key(compare(SIXTY, SEVEN_FIFTY), 0)


def test_another_figure_or_another_text_gets_another_key():
    hundred = _article("نقلت المروحيات أكثر من 100 معتقل من السجن.\nوقال مصدر إن العملية جرت ليلا.")
    keys = {
        discrepancy_key(compare(SIXTY, SEVEN_FIFTY), 0),
        discrepancy_key(compare(SIXTY, hundred), 0),
    }
    assert len(keys) == 2
    discrepancies, links = finding_keys(compare(SIXTY, SEVEN_FIFTY))
    assert all(k.startswith("figure:") for k in discrepancies)
    assert all(k.startswith("claim:") for k in links)
    assert len(set(links)) == len(links)
