"""Profiles: a user profile overrides only what it names; mistakes are refused by key."""
import pytest

from qa_scorer.profile import ProfileError, lexicon_path, load_profile


def write(tmp_path, text: str):
    path = tmp_path / "centre.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_profile_ships_in_the_package():
    profile = load_profile()
    assert profile.rule("T104")["max_hold_s"] == 60
    assert profile.section("scoring")["pass_mark"] == 80


def test_user_profile_overrides_only_what_it_names(tmp_path):
    profile = load_profile(write(tmp_path, "rules:\n  T104:\n    max_hold_s: 90\n"))
    assert profile.rule("T104")["max_hold_s"] == 90
    assert profile.rule("T104")["severity"] == "major"
    assert profile.rule("T102")["max_talk_s"] == 180


def test_user_profile_may_add_speaker_aliases(tmp_path):
    profile = load_profile(write(tmp_path, "input:\n  speakers:\n    spk_0: agent\n"))
    assert profile.section("input")["speakers"]["spk_0"] == "agent"
    assert profile.section("input")["speakers"]["客户"] == "customer"


def test_plus_key_extends_a_default_list(tmp_path):
    default = load_profile().section("normalise")["fillers"]
    profile = load_profile(write(tmp_path, "normalise:\n  fillers+: [然后]\n"))
    assert profile.section("normalise")["fillers"] == default + ["然后"]


def test_a_mapping_may_reuse_another_with_a_yaml_merge_key(tmp_path):
    profile = load_profile(write(tmp_path, "rules:\n  T102: &talk\n    max_talk_s: 200\n"
                                           "    severity: major\n"
                                           "  T103:\n    <<: *talk\n    max_talk_s: 400\n"))
    assert (profile.rule("T103")["max_talk_s"], profile.rule("T103")["severity"]) == (400, "major")
    with pytest.raises(ProfileError, match=r"rules\.T104\.max_talk_s"):  # merged keys are checked too
        load_profile(write(tmp_path, "rules:\n  T102: &talk\n    max_talk_s: 200\n"
                                     "  T104:\n    <<: *talk\n"))


def test_a_profile_may_split_into_included_files_beside_it(tmp_path):
    (tmp_path / "holds.yaml").write_text("rules:\n  T104:\n    max_hold_s: 90\n    severity: minor\n",
                                         encoding="utf-8")
    profile = load_profile(write(tmp_path, "include: [holds.yaml]\nrules:\n  T104:\n    max_hold_s: 75\n"))
    assert (profile.rule("T104")["max_hold_s"], profile.rule("T104")["severity"]) == (75, "minor")


def test_a_copy_of_the_shipped_default_profile_is_a_valid_profile():
    """A centre starts from the shipped files; `check-profile lexicons/default.yaml` must pass."""
    profile = load_profile(lexicon_path("default.yaml"))
    assert profile.data == load_profile().data


@pytest.mark.parametrize("text, names", [
    ("rules:\n  T104:\n    max_hold: 90\n", "rules.T104.max_hold"),
    ("rules:\n  T104:\n    max_hold_s: soon\n", "rules.T104.max_hold_s"),
    ("rules:\n  Z999:\n    severity: major\n", "rules.Z999"),
    ("rules:\n  T105:\n    severity: fatal\n", "rules.T105.severity"),
    ("scoring:\n  pass_mark: [80]\n", "scoring.pass_mark"),
    ("scoring:\n  critical_fails: 1\n", "scoring.critical_fails"),
    ("colour: blue\n", "colour"),
    ("rules: [T104]\n", "rules"),
    ("include: [missing.yaml]\n", "cannot read included profile missing.yaml"),
    ("include: holds.yaml\n", "'include' must be a list"),
    ("rules:\n  T104: {max_hold_s: 1\n", "not valid YAML"),
    ("rules:\n  T104:\n    max_hold_s: 90\n    max_hold_s: 30\n", "max_hold_s' appears twice"),
    ("rules:\n  T104: &h\n    max_hold_s: 90\n  T105:\n    <<: *h\n    severity: major\n"
     "    severity: minor\n", "severity' appears twice"),
])
def test_bad_profile_is_refused_naming_the_key(tmp_path, text, names):
    with pytest.raises(ProfileError, match=names.replace(".", r"\.")):
        load_profile(write(tmp_path, text))


def test_missing_profile_file_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "nope.yaml")
