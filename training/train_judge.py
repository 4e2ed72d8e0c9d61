"""Fit the paper judge (a logistic model over generic features) on annotated reports.

    python training/train_judge.py --reports ../shared/seeds:../shared/eval/gold ../shared/devset/raw:../shared/devset/gold
                                   [--l2 1.0] [--out src/extract/data/paper_judge.json]

Each candidate title the extraction finds (records and prose mentions) is labelled by whether it
matches a gold paper (the scorer's title match). Prints the candidate-level precision and recall
when each report is left out of the fit in turn (how the judge does on a report it never saw),
then fits on all of them and writes the weights. Only feature weights are written: no text of any
report.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz  # noqa: E402

from extract.mentions.judge import build_context, features  # noqa: E402
from extract.mentions.papers import paper_candidates  # noqa: E402
from extract.mentions.prose import prose_candidates  # noqa: E402
from extract.mentions.segmenter import segmenter  # noqa: E402
from extract.nlp import build_pipeline  # noqa: E402
from extract.text.ingest import read_reports  # noqa: E402
from extract.text.normalise import norm_text  # noqa: E402
from extract.text.structure import parse_structure  # noqa: E402
from extract.text.units import build_units  # noqa: E402


def is_gold(title: str, gold_papers: list[dict]) -> bool:
    t = norm_text(title)
    return bool(t) and any(fuzz.token_sort_ratio(norm_text(s), t) >= 85 for g in gold_papers for s in [g["title"], *g.get("surface", [])])


def collect(pairs: list[tuple[Path, Path]]) -> list[tuple[str, list[dict[str, float]], list[int]]]:
    seg = segmenter()
    nlp = build_pipeline()
    out = []
    for raw, gold_dir in pairs:
        for report in read_reports(raw):
            gold_file = gold_dir / (Path(report.name).stem + ".json")
            if report.status != "ok" or not gold_file.is_file():
                continue
            gold = json.loads(gold_file.read_text(encoding="utf-8"))["papers"]
            text = report.text
            structure = parse_structure(text)
            cands = paper_candidates(text, structure, build_units(text, structure), seg, prose_candidates(text, nlp(text), structure))
            ctx = build_context(structure, [c for c in cands if c.unit is not None], text)
            out.append((report.name, [features(c, text, ctx) for c in cands], [int(is_gold(c.title, gold)) for c in cands]))
    return out


# Prior weights: what each piece of evidence means, before the annotated reports have their say.
# The fit shrinks towards these instead of towards zero, so evidence that the training reports
# rarely show (a venue after a title, a numbered reading list) keeps its sense, and what they show
# often is learnt from them.
PRIOR = {"authors": 1.0, "authors2": 0.3, "venue": 0.8, "paper_link": 0.8, "title_link=paper": 0.6, "numbered": 0.4,
         "caps_hi": 0.5, "caps_lo": -0.4, "starts_lower": -0.5, "area": -0.8, "area_list": -0.8, "label": -1.0,
         "label_line": -0.8, "talk_word": -0.8, "section=talks": -0.5, "section=papers": 0.3, "under_record": -0.6,
         "nested": -0.2, "function_words": -0.5, "crf": 0.5, "crf_low": -0.3, "list_evidence": 0.5, "titled_papers": 0.4,
         "same_layout": 0.3, "words1": -0.3, "sentence_break": -1.5, "dash_names": 0.5, "paper_anchor_words4": 0.5}


def fit(X: np.ndarray, y: np.ndarray, l2: float, prior: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression with an L2 pull towards `prior` (zero by default), by Newton's method
    (few features, so exact and fast)."""
    w0 = np.zeros(X.shape[1]) if prior is None else prior
    w = w0.copy()
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6   # the bias is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * (w - w0)
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", nargs="+", required=True, help="RAW_DIR:GOLD_DIR pairs")
    ap.add_argument("--l2", type=float, default=40.0, help="L2 weight: strong, so that no layout of the training reports dominates")
    ap.add_argument("--threshold", type=float, default=None,
                    help="acceptance threshold (default: the middle of the thresholds within 0.005 of the best "
                         "leave-one-report-out F1; `make train` sets it, see the Makefile)")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "extract" / "data" / "paper_judge.json")
    a = ap.parse_args(argv)
    pairs = [tuple(Path(x) for x in p.split(":", 1)) for p in a.reports]
    data = collect(pairs)
    names = sorted({k for _, fs, _ in data for f in fs for k in f})
    names.remove("bias")
    names = ["bias"] + names

    def matrix(rows):
        return np.array([[f.get(k, 0.0) for k in names] for f in rows], dtype=float)

    prior = np.array([PRIOR.get(k, 0.0) for k in names])

    # Leave each report out in turn: its candidates are judged by a model fitted on the others.
    held_out: list[tuple[str, np.ndarray, np.ndarray]] = []
    for i, (name, feats, labels) in enumerate(data):
        if not feats:
            continue
        train = [(f, lab) for j, (_, fs, ls) in enumerate(data) if j != i for f, lab in zip(fs, ls)]
        w = fit(matrix([f for f, _ in train]), np.array([lab for _, lab in train], dtype=float), a.l2, prior)
        held_out.append((name, 1 / (1 + np.exp(-matrix(feats) @ w)), np.array(labels, dtype=bool)))

    def prf(threshold: float) -> tuple[float, float, float]:
        tp = sum(int(((p >= threshold) & y).sum()) for _, p, y in held_out)
        fp = sum(int(((p >= threshold) & ~y).sum()) for _, p, y in held_out)
        fn = sum(int(((p < threshold) & y).sum()) for _, p, y in held_out)
        prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        return prec, rec, 2 * prec * rec / max(prec + rec, 1e-9)

    grid = [t / 100 for t in range(30, 61, 2)]
    f1s = {t: prf(t)[2] for t in grid}
    print("leave-one-report-out F1 by threshold: " + " ".join(f"{t:.2f}:{f1s[t]:.3f}" for t in grid))
    if a.threshold is not None:
        threshold = a.threshold
    else:
        # The middle of the thresholds whose leave-one-report-out F1 is within 0.005 of the best: the
        # best single point moves from one retraining to the next on a flat curve.
        near = [t for t in grid if f1s[t] >= max(f1s.values()) - 0.005]
        threshold = near[len(near) // 2]
    print(f"{'left out':<32}{'cands':>6}{'gold':>6}{'tp':>5}{'fp':>5}{'fn':>5}   (threshold {threshold:.2f})")
    for name, p, y in held_out:
        pred = p >= threshold
        print(f"{name[:31]:<32}{len(y):>6}{int(y.sum()):>6}{int((pred & y).sum()):>5}{int((pred & ~y).sum()):>5}{int((~pred & y).sum()):>5}")
    prec, rec, f1 = prf(threshold)
    print(f"leave-one-report-out, candidate level: P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    allf = [f for _, fs, _ in data for f in fs]
    ally = np.array([lab for _, _, ls in data for lab in ls], dtype=float)
    w = fit(matrix(allf), ally, a.l2, prior)
    weights = {k: round(float(v), 4) for k, v in zip(names, w) if abs(v) > 1e-4}
    a.out.write_text(json.dumps({"version": 1, "threshold": threshold, "trained_on_candidates": len(ally),
                                 "weights": weights}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:40]:
        print(f"  {k:<24}{v:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
