"""slovnet's news NER network run for one token sequence at a time, leaner than slovnet's own batch code and
with bit-identical output (tests/test_nlp.py compares the tags with slovnet's own `NERInfer`).

Why by hand: slovnet's executor is written for padded batches. For one sequence most of its time goes to
overhead rather than arithmetic: each convolution gathers its windows through a 3-element inner copy loop,
the embedding gathers vector slices with a two-array fancy index, and the CRF's Viterbi decode spends about
ten numpy calls per token on batch bookkeeping (index grids, masks, `np.where`). Here the same arrays are
built with the same float operations in the same order, so the matrix products and sums round exactly as
slovnet's do; only the copying and bookkeeping are cut (NER at under half its cost: about 4.5 ms instead of
10 ms per 290-token article, mostly the convolutions' matrix products now).
The weights stay slovnet's objects: nothing is copied or converted at load.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from navec import Navec
from navec.meta import Meta
from navec.pq import PQ
from navec.tar import Tar
from numpy.typing import NDArray

Floats = NDArray[np.float32]
SEEN_WORDS = 100_000  # words whose ids are kept


def news_ner() -> Any:
    """natasha's `NewsNERTagger` on natasha's news embedding, the embedding loaded with only what the tagger
    reads: its id and its quantised vectors (`NewsEmbedding()` also reads the 250K-word vocabulary and
    precomputes norms for word similarity, about half of the load time and 40 MB the tagger never uses)."""
    from natasha import NewsNERTagger
    from natasha.data import NEWS_EMBEDDING

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        vectors = VectorsOnly.from_file(tar.load("pq.bin"))
    return NewsNERTagger(Navec(meta, None, vectors))


class VectorsOnly(PQ):
    """navec's quantised vectors without the tables for similarity (NER looks vectors up, never compares)."""

    def precompute(self) -> None:
        return None


class LeanNER:
    """Tags of one token sequence from slovnet's `NERInfer` (`NewsNERTagger(...).infer`)."""

    def __init__(self, infer: Any) -> None:
        self.encoder = infer.encoder  # words -> word and shape ids
        self.model = infer.model
        self.tags_vocab = infer.decoder.tags_vocab
        # a word's ids, kept for the process: most tokens (punctuation, function words) recur in every text
        self.seen: dict[str, tuple[int, int]] = {}

    def tags(self, words: Sequence[str]) -> list[str]:
        """The BIO tag of each word ("B-PER", "I-LOC", "O", ...); `words` must not be empty."""
        seen = self.seen
        ids = [seen.get(word) or self.ids(word) for word in words]  # the common case without a call
        emissions = self.emissions(np.array([w for w, _ in ids]), np.array([s for _, s in ids]))
        decode = self.tags_vocab.decode
        return [decode(tag) for tag in viterbi(emissions, self.model.head.crf.transitions.array)]

    def ids(self, word: str) -> tuple[int, int]:
        """slovnet's word and shape ids of `word` (what its encoder's `item` gives)."""
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= SEEN_WORDS:
                self.seen.clear()  # a bound on memory in a long run; the common words come back at once
            word_ids, shape_ids = self.encoder.item([word])
            found = self.seen[word] = (word_ids[0], shape_ids[0])
        return found

    def emissions(self, word_ids: NDArray[np.int64], shape_ids: NDArray[np.int64]) -> Floats:
        """The per-token tag scores (tokens x tags) of the embedding, CNN encoder and projection."""
        x = self.embedded(word_ids, shape_ids)
        for layer in self.model.encoder.layers:
            x = encoder_layer(layer, x)
        return np.asarray(self.model.head.proj(x))

    def embedded(self, word_ids: NDArray[np.int64], shape_ids: NDArray[np.int64]) -> Floats:
        """The tokens' features (tokens x features): navec's vector of the word, then the shape's vector.

        navec stores a word as one centroid number per slice of its vector; slovnet gathers the slices
        with a two-array fancy index, a single `take` over the slices laid end to end copies the same
        floats at a quarter of the cost."""
        word, shape = self.model.emb.word, self.model.emb.shape
        codes = word.codes.array  # slice x centroid x floats
        slices, centroids, floats = codes.shape
        table = codes.reshape(slices * centroids, floats)  # every slice's centroids end to end (a view)
        rows = word.indexes.array[word_ids] + np.arange(slices) * centroids  # token x slice: row of `table`
        vectors = table.take(rows, axis=0).reshape(len(word_ids), -1)
        return np.concatenate((vectors, shape.weight.array[shape_ids]), axis=-1)


def encoder_layer(layer: Any, x: Floats) -> Floats:
    """slovnet's conv, ReLU and batch norm on one sequence laid out tokens x channels (slovnet's own layout is
    channels x tokens, which makes every window a strided gather)."""
    conv, norm = layer.conv, layer.norm
    filters, channels, kernel = conv.weight.shape
    pad = conv.padding
    padded = np.zeros((len(x) + 2 * pad, channels), dtype=x.dtype)
    padded[pad:pad + len(x)] = x
    width = len(padded) - kernel + 1
    # the same window matrix as slovnet's (window, channel * kernel + k), built one kernel offset at a time
    windows = np.empty((width, channels, kernel), dtype=x.dtype)
    for k in range(kernel):
        windows[:, :, k] = padded[k:k + width]
    out = np.matmul(windows.reshape(width, channels * kernel), conv.weight.array.reshape(filters, -1).T)
    out = (out + conv.bias.array).clip(0)
    return np.asarray((out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array)


def viterbi(emissions: Floats, transitions: Floats) -> list[int]:
    """The best tag path of a linear-chain CRF, summed in slovnet's order: (score + transition) + emission."""
    into = np.ascontiguousarray(transitions.T)  # next tag x previous tag: each step reduces along rows
    tags = np.arange(len(into))
    score = emissions[0]
    history = []
    for row in emissions[1:, :, None]:
        step = score + into
        step += row
        back = step.argmax(1)  # the first best previous tag, as slovnet's argmax picks
        history.append(back)
        score = step[tags, back]
    best = int(score.argmax())
    path = [best]
    for back in reversed(history):
        best = int(back[best])
        path.append(best)
    path.reverse()
    return path
