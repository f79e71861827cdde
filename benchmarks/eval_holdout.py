"""Accuracy on the hold-out sets: written without sight of the classifier's vocabulary.

- purposes.csv: micro precision/recall/F1 of (text, function) labels, per split and language;
  only `tune` rows may be read while changing the vocabulary (see holdout/README.md);
- the generated inventories: what issue 4 asks for (row labels, product pairs sharing a
  function, sectors), through the same measure as `eval_analysis.py`. holdout/ to
  holdout10/ are development sets now (each was scored blind once, then its errors were
  read while tuning); holdout11/ is blind: score on it, never read its texts while
  changing the rules.

    python benchmarks/holdout/make_inventories.py    # once per set: writes <set>/out/
    python benchmarks/holdout2/make_inventories.py
    python benchmarks/holdout3/make_inventories.py
    python benchmarks/holdout4/make_inventories.py
    python benchmarks/holdout5/make_inventories.py
    python benchmarks/holdout6/make_inventories.py
    python benchmarks/holdout7/make_inventories.py
    python benchmarks/holdout8/make_inventories.py
    python benchmarks/holdout9/make_inventories.py
    python benchmarks/holdout10/make_inventories.py
    python benchmarks/holdout11/make_inventories.py
    python benchmarks/eval_holdout.py [--errors tune]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from eval_analysis import evaluate, format_scores, prf  # noqa: E402

from dedup.taxonomy import Classifier, load_functions  # noqa: E402

HOLDOUT = HERE / "holdout"
INVENTORIES = (
    # development sets: read while tuning (holdout2 was blind until session 3 used it)
    (HOLDOUT, "holdout_a_fi.xlsx", "helsinki2017"),
    (HOLDOUT, "holdout_b_sv.xlsx", "holdout_b_sv.orgmap.csv"),
    (HOLDOUT, "holdout_c_en.xlsx", "holdout_c_en.orgmap.csv"),
    (HERE / "holdout2", "holdout2_d_fi.xlsx", "holdout2_d_fi.orgmap.csv"),
    (HERE / "holdout2", "holdout2_e_fi_hva.xlsx", "holdout2_e_fi_hva.orgmap.csv"),
    (HERE / "holdout2", "holdout2_f_sv.xlsx", "holdout2_f_sv.orgmap.csv"),
    (HERE / "holdout2", "holdout2_g_en.xlsx", "holdout2_g_en.orgmap.csv"),
    # holdout3 and holdout4 were scored blind once each, then read while tuning
    (HERE / "holdout3", "holdout3_h_fi.xlsx", "holdout3_h_fi.orgmap.csv"),
    (HERE / "holdout3", "holdout3_i_fi.xlsx", "holdout3_i_fi.orgmap.csv"),
    (HERE / "holdout3", "holdout3_j_sv.xlsx", "holdout3_j_sv.orgmap.csv"),
    (HERE / "holdout3", "holdout3_k_en.xlsx", "holdout3_k_en.orgmap.csv"),
    (HERE / "holdout4", "holdout4_l_fi.xlsx", "holdout4_l_fi.orgmap.csv"),
    (HERE / "holdout4", "holdout4_m_fi.xlsx", "holdout4_m_fi.orgmap.csv"),
    (HERE / "holdout4", "holdout4_n_sv.xlsx", "holdout4_n_sv.orgmap.csv"),
    (HERE / "holdout4", "holdout4_o_en.xlsx", "holdout4_o_en.orgmap.csv"),
    # holdout5 and holdout6 were scored blind once each, then read while tuning
    (HERE / "holdout5", "holdout5_p_fi.xlsx", "holdout5_p_fi.orgmap.csv"),
    (HERE / "holdout5", "holdout5_q_fi.xlsx", "holdout5_q_fi.orgmap.csv"),
    (HERE / "holdout5", "holdout5_r_sv.xlsx", "holdout5_r_sv.orgmap.csv"),
    (HERE / "holdout5", "holdout5_s_en.xlsx", "holdout5_s_en.orgmap.csv"),
    (HERE / "holdout6", "holdout6_t_fi.xlsx", "holdout6_t_fi.orgmap.csv"),
    (HERE / "holdout6", "holdout6_u_fi.xlsx", "holdout6_u_fi.orgmap.csv"),
    (HERE / "holdout6", "holdout6_v_sv.xlsx", "holdout6_v_sv.orgmap.csv"),
    (HERE / "holdout6", "holdout6_w_en.xlsx", "holdout6_w_en.orgmap.csv"),
    # holdout7 and holdout8 were scored blind once each, then read while tuning
    (HERE / "holdout7", "holdout7_a7_fi.xlsx", "holdout7_a7_fi.orgmap.csv"),
    (HERE / "holdout7", "holdout7_b7_fi.xlsx", "holdout7_b7_fi.orgmap.csv"),
    (HERE / "holdout7", "holdout7_c7_sv.xlsx", "holdout7_c7_sv.orgmap.csv"),
    (HERE / "holdout7", "holdout7_d7_en.xlsx", "holdout7_d7_en.orgmap.csv"),
    (HERE / "holdout8", "holdout8_e8_fi.xlsx", "holdout8_e8_fi.orgmap.csv"),
    (HERE / "holdout8", "holdout8_f8_fi.xlsx", "holdout8_f8_fi.orgmap.csv"),
    (HERE / "holdout8", "holdout8_g8_sv.xlsx", "holdout8_g8_sv.orgmap.csv"),
    (HERE / "holdout8", "holdout8_h8_en.xlsx", "holdout8_h8_en.orgmap.csv"),
    # holdout9 and holdout10 were scored blind once each, then read while tuning
    (HERE / "holdout9", "holdout9_i9_fi.xlsx", "holdout9_i9_fi.orgmap.csv"),
    (HERE / "holdout9", "holdout9_j9_fi.xlsx", "holdout9_j9_fi.orgmap.csv"),
    (HERE / "holdout9", "holdout9_k9_sv.xlsx", "holdout9_k9_sv.orgmap.csv"),
    (HERE / "holdout9", "holdout9_l9_en.xlsx", "holdout9_l9_en.orgmap.csv"),
    (HERE / "holdout10", "holdout10_m10_fi.xlsx", "holdout10_m10_fi.orgmap.csv"),
    (HERE / "holdout10", "holdout10_n10_fi.xlsx", "holdout10_n10_fi.orgmap.csv"),
    (HERE / "holdout10", "holdout10_o10_sv.xlsx", "holdout10_o10_sv.orgmap.csv"),
    (HERE / "holdout10", "holdout10_p10_en.xlsx", "holdout10_p10_en.orgmap.csv"),
    # blind set: never read while tuning; the honest numbers
    (HERE / "holdout11", "holdout11_q11_fi.xlsx", "holdout11_q11_fi.orgmap.csv"),
    (HERE / "holdout11", "holdout11_r11_fi.xlsx", "holdout11_r11_fi.orgmap.csv"),
    (HERE / "holdout11", "holdout11_s11_sv.xlsx", "holdout11_s11_sv.orgmap.csv"),
    (HERE / "holdout11", "holdout11_t11_en.xlsx", "holdout11_t11_en.orgmap.csv"),
)


def purposes(show_errors: str | None) -> None:
    classifier = Classifier(load_functions())
    found: dict[tuple[str, str], set] = defaultdict(set)
    true: dict[tuple[str, str], set] = defaultdict(set)
    rows = list(csv.DictReader((HOLDOUT / "purposes.csv").open(encoding="utf-8")))
    for n, row in enumerate(rows):
        got = {m.function for m in classifier.classify(row["text"])}
        want = set(filter(None, row["functions"].split(";")))
        for group in (row["split"], f"{row['split']} {row['lang']}"):
            found[group] |= {(n, f) for f in got}
            true[group] |= {(n, f) for f in want}
        if show_errors == row["split"] and got != want:
            print(f"  {row['text']!r}: want {sorted(want)}, got {sorted(got)}")
    for group in sorted(true):
        print(f"purposes {group:8} {format_scores(prf(found[group], true[group]))}")


def inventories() -> None:
    for folder, name, org_map in INVENTORIES:
        path = folder / "out" / name
        if not path.exists():
            print(f"{name:20} missing: run python {folder.relative_to(HERE.parent)}/"
                  "make_inventories.py")  # fmt: skip
            continue
        mapping = org_map if org_map == "helsinki2017" else str(folder / "out" / org_map)
        for metric, values in evaluate(path, mapping).items():
            print(f"{name:20} {metric:34} {format_scores(values)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=["tune"], help="list the tune split's errors")
    args = parser.parse_args()
    purposes(args.errors)
    inventories()


if __name__ == "__main__":
    main()
