"""P/R/F1 of extractions against gold annotations (same rules as the team's eval/score.py).

Papers pair one-to-one by rapidfuzz token_sort_ratio >= 85 against the gold title or any surface
form; authors, code URLs, people, URLs and topics are then compared per report and summed.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from extract.text.normalise import norm_text

TITLE_MATCH = 85.0
TOPIC_MATCH = 80.0
FIELDS = ["papers", "paper_authors", "paper_code_urls", "people", "urls", "topics"]


def norm_name(s: str) -> str:
    s = s.replace("*", "").strip()
    if s.count(",") == 1:
        last, first = (p.strip() for p in s.split(","))
        s = f"{first} {last}"
    s = re.sub(r"\([^)]*\)", " ", s)
    return norm_text(s)


def names_match(a: str, b: str) -> bool:
    a, b = norm_name(a), norm_name(b)
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) == 1 or len(tb) == 1:
        return ta[-1] == tb[-1]
    if ta[-1] == tb[-1] and ta[0][0] == tb[0][0]:
        return True
    return fuzz.ratio(a, b) >= 90


def norm_url(u: str) -> str:
    u = u.strip().rstrip(".,;:)]}>'\"").lower()
    u = re.sub(r"^(https?)//", r"\1://", u)
    u = re.sub(r"^https?://", "", u)
    u = re.sub(r"^www\.", "", u)
    return u.rstrip("/")


def greedy_pairs(gold: list, pred: list, score: Callable) -> list[tuple[int, int]]:
    """One-to-one pairs, best scores first; `score` returns None below threshold."""
    cand = [(s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if (s := score(g, p)) is not None]
    cand.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cand:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def title_score(g: dict, p: dict):
    pt = norm_text(p.get("title") or "")
    if not pt:
        return None
    best = max(fuzz.token_sort_ratio(norm_text(t), pt) for t in [g["title"], *g.get("surface", [])])
    return best if best >= TITLE_MATCH else None


def _name_pairs(gold: list[str], pred: list[str]) -> int:
    return len(greedy_pairs(gold, pred, lambda g, p: 1.0 if names_match(g, p) else None))


@dataclass
class Tally:
    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _all_people(d: dict) -> list[str]:
    names = [a for paper in d.get("papers", []) for a in paper.get("authors", [])] + d.get("people", [])
    uniq, seen = [], set()
    for n in names:
        k = norm_name(n)
        if k and k not in seen:
            seen.add(k)
            uniq.append(n)
    return uniq


def score_report(gold: dict, pred: dict) -> dict[str, Tally]:
    t = {k: Tally() for k in FIELDS}
    gp, pp = gold.get("papers", []), pred.get("papers", [])
    pairs = greedy_pairs(gp, pp, title_score)
    t["papers"].add(len(pairs), len(gp), len(pp))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, j in pairs:
        ga, pa = gp[i].get("authors", []), pp[j].get("authors", [])
        t["paper_authors"].add(_name_pairs(ga, pa), len(ga), len(pa))
        gu = {norm_url(u) for u in gp[i].get("code_urls", [])}
        pu = {norm_url(u) for u in pp[j].get("code_urls", [])}
        t["paper_code_urls"].add(len(gu & pu), len(gu), len(pu))
    for i, g in enumerate(gp):
        if i not in matched_g:
            t["paper_authors"].add(0, len(g.get("authors", [])), 0)
            t["paper_code_urls"].add(0, len(g.get("code_urls", [])), 0)
    for j, p in enumerate(pp):
        if j not in matched_p:
            t["paper_authors"].add(0, 0, len(p.get("authors", [])))
            t["paper_code_urls"].add(0, 0, len(p.get("code_urls", [])))
    gn, pn = _all_people(gold), _all_people(pred)
    t["people"].add(_name_pairs(gn, pn), len(gn), len(pn))
    gu = {norm_url(u) for u in gold.get("urls", [])}
    pu = {norm_url(u) for u in pred.get("urls", [])}
    t["urls"].add(len(gu & pu), len(gu), len(pu))
    gt = [norm_text(x) for x in gold.get("topics", [])]
    pt = [norm_text(x) for x in pred.get("topics", [])]

    def topic_score(g: str, p: str):
        s = fuzz.token_set_ratio(g, p)
        return s if s >= TOPIC_MATCH else None

    t["topics"].add(len(greedy_pairs(gt, pt, topic_score)), len(gt), len(pt))
    return t


def read_predictions(path: Path) -> dict[str, dict]:
    """extractions.jsonl rows by report file name."""
    preds = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[Path(obj["report"]).name] = obj
    return preds


class NothingToScore(ValueError):
    """The predictions name no report that has a gold file."""


def evaluate(predictions: Path | dict[str, dict], gold_dir: Path) -> tuple[dict[str, Tally], list[tuple[str, dict[str, Tally]]]]:
    """Totals per field and per-report tallies; only reports with a gold file are scored.

    Raises FileNotFoundError when the folder has no gold file, NothingToScore when no prediction
    is for one of its reports (scoring would print zeros that mean nothing)."""
    preds = read_predictions(predictions) if not isinstance(predictions, dict) else predictions
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))}
    if not golds:
        raise FileNotFoundError(f"no gold files in {gold_dir}")
    by_stem = {Path(k).stem: v for k, v in preds.items()}
    if not set(by_stem) & set(golds):
        raise NothingToScore(f"none of the {len(preds)} predicted reports has a gold file in {gold_dir} "
                             f"(gold reports: {', '.join(sorted(golds)[:5])}{', ...' if len(golds) > 5 else ''})")
    total = {k: Tally() for k in FIELDS}
    rows = []
    for stem, gold in golds.items():
        pred = by_stem.get(stem, {"papers": []})
        per = score_report(gold, pred)
        for k in FIELDS:
            total[k].add(per[k].tp, per[k].gold, per[k].pred)
        rows.append((stem, per))
    return total, rows


def combine(totals: list[dict[str, Tally]]) -> dict[str, Tally]:
    """Field totals of several gold sets together (counts summed, so larger sets weigh more)."""
    out = {k: Tally() for k in FIELDS}
    for total in totals:
        for k in FIELDS:
            out[k].add(total[k].tp, total[k].gold, total[k].pred)
    return out


def format_table(total: dict[str, Tally]) -> str:
    out = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'gold':>6}{'pred':>6}"]
    for k in FIELDS:
        p, r, f = total[k].prf()
        out.append(f"{k:<16}{p:7.3f}{r:7.3f}{f:7.3f}{total[k].tp:6d}{total[k].gold:6d}{total[k].pred:6d}")
    return "\n".join(out)


def totals_json(total: dict[str, Tally]) -> dict:
    return {k: dict(zip("prf", (round(x, 4) for x in total[k].prf())), tp=total[k].tp, gold=total[k].gold, pred=total[k].pred)
            for k in FIELDS}
