"""The dictionary the note masker reads (tksk/words.py): roots with their affixes are words, names are not."""

import pytest

from tksk import words


@pytest.mark.parametrize("word", ["rumah", "menyusui", "terlantar", "kebakaran", "pendampingnya", "diverifikasi",
                                  "pencairan", "dikunjungi", "kepesertaan", "menulis", "memukul", "mengirim",
                                  "terendam", "ngurus", "anak-anak", "rumah2", "Dinsos", "Palembang", "idak"])
def test_a_root_with_its_affixes_a_doubled_word_and_an_everyday_word_are_words(word):
    assert words.is_word(word)


@pytest.mark.parametrize("word", ["ngatiyem", "warsini", "tukinem", "pardiyem", "ramlah", "aini", "jalaludin"])
def test_names_are_no_words_even_when_they_end_like_an_affix(word):
    """ "Ramlah" is no "ram" + "-lah", "Aini" no "ain" + "-i": an affix leaves a root of four letters or more."""
    assert not words.is_word(word)


def test_a_word_with_a_vowel_left_out_or_two_letters_swapped_is_a_mistyped_word_and_a_short_name_is_not():
    assert all(words.is_mistyped_word(w) for w in ["sinyl", "printr", "bntuan", "lptop", "laporn", "bantaun"])
    assert not any(words.is_mistyped_word(w) for w in ["ipah", "dulah", "warsini", "tukinem"])


@pytest.mark.parametrize("word", ["lupo", "ketuo", "tetanggo", "ngeluh", "ngadu", "ngumpulkan", "pinjemke", "mangkal"])
def test_palembang_and_chat_forms_of_a_word_are_dialect_words(word):
    """-o for -a, -ke for -kan, e for a, a bare nasal for me- (pii21)."""
    assert words.dialect_word(word)


@pytest.mark.parametrize("word", ["warsini", "tukinem", "ngatiyem", "sukijo", "rosnani"])
def test_names_are_no_dialect_words(word):
    assert not words.dialect_word(word)


def test_a_root_with_i_alone_is_no_strict_word_and_other_words_are():
    """"Helmi" and "Kaderi" read as helm+i and kader+i; where a person is named they are names (pii21)."""
    assert words.is_word("helmi") and words.is_word("kaderi")
    assert not words.is_word_strict("helmi") and not words.is_word_strict("kaderi")
    assert all(words.is_word_strict(w) for w in ["rumah", "bantuan", "bulanan", "kebakaran", "pendataan", "didatangi"])
