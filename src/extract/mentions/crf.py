"""A linear-chain CRF read from a crfsuite model file and run in numpy, many sequences at once.

crfsuite's tagger takes a token's features as strings, about 33 a token here, and turning them into
its attribute ids cost more than tagging. This module reads the model's weights once (a row of
label weights per attribute, the label-to-label transition weights), so that a caller can sum a
token's score vector from parts it caches (per word, line or unit) and hand over the scores. Viterbi
and the forward-backward marginals are crfsuite's `crf1d` algorithms (the scaled forward and
backward passes, the first best label on ties), run position by position over every sequence at
once. Labels equal crfsuite's; marginals equal them up to rounding (the scores are summed in
another order).

The file layout read here is crfsuite's `crf1d_model.c`: a header, label and attribute string
databases (CQDB), then the features as (type, source, destination, weight) records.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_DATA = 24 + 8 * 256   # CQDB: a 24-byte header and 256 hash-table references, then the records
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


def _strings(buf: bytes, offset: int, n: int) -> list[str]:
    """The n strings of the CQDB at `offset`, by id (records: id, size, NUL-terminated bytes)."""
    out = [""] * n
    pos = offset + _CQDB_DATA
    for _ in range(n):
        sid, size = struct.unpack_from("<II", buf, pos)
        out[sid] = buf[pos + 8 : pos + 8 + size - 1].decode("utf-8")
        pos += 8 + size
    return out


@dataclass(frozen=True)
class CRFModel:
    """The weights of a trained crfsuite model: `state[attribute_row]` is a vector over `labels`."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray        # attributes x labels
    transitions: np.ndarray  # labels x labels, from row to column

    @classmethod
    def read(cls, path: Path) -> CRFModel:
        buf = path.read_bytes()
        magic, _, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, _, _ = _HEADER.unpack_from(buf)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a crfsuite linear-chain model")
        labels = tuple(_strings(buf, off_labels, n_labels))
        attrs = _strings(buf, off_attrs, n_attrs)
        chunk, _, n_features = struct.unpack_from("<4sII", buf, off_features)   # (the header's count is not kept)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no feature chunk where the header says")
        feats = np.frombuffer(buf, _FEATURE, count=n_features, offset=off_features + 12)
        state = np.zeros((n_attrs, n_labels))
        trans = np.zeros((n_labels, n_labels))
        st, tr = feats[feats["type"] == _STATE], feats[feats["type"] == _TRANSITION]
        np.add.at(state, (st["src"].astype(np.intp), st["dst"].astype(np.intp)), st["weight"])
        np.add.at(trans, (tr["src"].astype(np.intp), tr["dst"].astype(np.intp)), tr["weight"])
        return cls(labels, {a: i for i, a in enumerate(attrs)}, state, trans)

    def score(self, features: list[str] | tuple[str, ...]) -> np.ndarray:
        """The summed label weights of these attributes (unknown ones weigh nothing, a repeated one
        counts each time, as in crfsuite)."""
        rows = [i for i in map(self.attributes.get, features) if i is not None]
        return self.state[rows].sum(axis=0) if rows else np.zeros(len(self.labels))


def tag(model: CRFModel, scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Best labels (indices into `model.labels`) and per-label marginals of every token.

    `scores` is tokens x labels for sequences laid end to end: sequence k holds rows
    starts[k] .. starts[k] + lengths[k] - 1 (every length at least 1). The sequences are padded into
    one sequences x positions x labels block, longest first, so that the sequences still running at
    position t are the block's first live[t] rows."""
    n_tok, n_lab = scores.shape
    n_seq = len(lengths)
    if not n_seq:
        return np.empty(0, dtype=np.intp), np.empty((0, n_lab))
    order = np.argsort(-lengths, kind="stable")
    size = lengths[order]
    rank = np.empty(n_seq, dtype=np.intp)
    rank[order] = np.arange(n_seq)
    row = rank[np.repeat(np.arange(n_seq), lengths)]            # each token's row in the block ...
    col = np.arange(n_tok) - np.repeat(starts, lengths)         # ... and position
    width = int(size[0])
    live = (size[:, None] > np.arange(width)).sum(axis=0).tolist()
    last = size - 1
    every = np.arange(n_seq)
    s = np.zeros((n_seq, width, n_lab))
    s[row, col] = scores

    # Viterbi in the log domain.
    trans = model.transitions
    best = np.empty_like(s)
    back = np.zeros(s.shape, dtype=np.intp)
    best[:, 0] = s[:, 0]
    for t in range(1, width):
        k = live[t]
        cand = best[:k, t - 1, :, None] + trans                # from (row) to (column)
        back[:k, t] = cand.argmax(axis=1)                       # the first best, as crfsuite
        best[:k, t] = cand.max(axis=1) + s[:k, t]
    labels = np.zeros((n_seq, width), dtype=np.intp)
    labels[every, last] = best[every, last].argmax(axis=1)
    for t in range(width - 1, 0, -1):
        k = live[t]
        labels[:k, t - 1] = back[:k, t][every[:k], labels[:k, t]]

    # Forward-backward with crfsuite's scaling: each position's alpha is scaled to sum to 1 (a zero
    # sum scales by 1), beta by the same factors.
    exp_s, exp_t = np.exp(s), np.exp(trans)
    alpha = np.empty_like(s)
    scale = np.ones((n_seq, width))
    for t in range(width):
        k = live[t]
        a = exp_s[:k, 0] if t == 0 else (alpha[:k, t - 1] @ exp_t) * exp_s[:k, t]
        total = a.sum(axis=1)
        total[total == 0.0] = 1.0
        scale[:k, t] = 1.0 / total
        alpha[:k, t] = a * scale[:k, t, None]
    beta = np.empty_like(s)
    beta[every, last] = scale[every, last][:, None]
    for t in range(width - 2, -1, -1):
        k = live[t + 1]   # the sequences with a token after position t
        beta[:k, t] = ((beta[:k, t + 1] * exp_s[:k, t + 1]) @ exp_t.T) * scale[:k, t, None]
    marginals = alpha[row, col] * beta[row, col] / scale[row, col][:, None]
    return labels[row, col], marginals
