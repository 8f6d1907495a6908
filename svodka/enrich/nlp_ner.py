"""slovnet's news NER network run for one token sequence at a time, leaner than slovnet's own batch code, with
the same tags and the same emissions up to float rounding, for the words with ё spelt е (tests/test_nlp.py
compares both with slovnet's own `NERInfer`).

Why by hand: slovnet's executor is written for padded batches. For one sequence most of its time goes to
overhead rather than arithmetic: each convolution gathers its windows through a 3-element inner copy loop,
the embedding gathers vector slices with a two-array fancy index, and the CRF's Viterbi decode spends about
ten numpy calls per token on batch bookkeeping (index grids, masks, `np.where`). Here the layers after the
first are built with the same float operations in the same order as slovnet's; only the copying and
bookkeeping are cut. The first layer reads only fixed word vectors, so its products are computed once per
word (`FirstLayer`), and the Viterbi pass takes the tokens by blocks (`forward_scores`). NER costs about a
quarter of slovnet's time, mostly the second convolution's matrix product now. The weights stay slovnet's
objects: nothing is converted at load.
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
BLOCK = 8  # tokens a Viterbi block: fewest numpy calls for articles of a few hundred tokens
CACHED_WORDS = 20_000  # words whose first-layer products are kept (3 KB each: 61 MB at most)


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
        self.first = FirstLayer(self.model.encoder.layers[0], self.model.emb)

    def tags(self, words: Sequence[str]) -> list[str]:
        """The BIO tag of each word ("B-PER", "I-LOC", "O", ...); `words` must not be empty."""
        seen = self.seen
        ids = [seen.get(word) or self.ids(word) for word in words]  # the common case without a call
        emissions = self.emissions([w for w, _ in ids], [s for _, s in ids])
        decode = self.tags_vocab.decode
        return [decode(tag) for tag in viterbi(emissions, self.model.head.crf.transitions.array)]

    def ids(self, word: str) -> tuple[int, int]:
        """slovnet's word and shape ids of `word` (what its encoder's `item` gives)."""
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= SEEN_WORDS:
                self.seen.clear()  # a bound on memory in a long run; the common words come back at once
            word_ids, shape_ids = self.encoder.item([word])
            if "ё" in word or "Ё" in word:
                # navec learnt its vectors from news that mostly write е: "Фёдора" is a rare word with a weak
                # vector (the tagger parts "Фёдора Ивановича Шаляпина" in two), "Федора" a common one
                plain_ids, _ = self.encoder.item([word.replace("ё", "е").replace("Ё", "Е")])
                if plain_ids[0] != self.encoder.words_vocab.unk_id:
                    word_ids = plain_ids
            found = self.seen[word] = (word_ids[0], shape_ids[0])
        return found

    def emissions(self, word_ids: Sequence[int], shape_ids: Sequence[int]) -> Floats:
        """The per-token tag scores (tokens x tags) of the embedding (the word's vector, then the shape's),
        the CNN encoder and the projection."""
        x = self.first(list(word_ids), list(shape_ids))
        for layer in self.model.encoder.layers[1:]:
            x = encoder_layer(layer, x)
        return np.asarray(self.model.head.proj(x))


def decoded(word: Any, word_ids: list[int]) -> Floats:
    """navec's vectors of `word_ids` (ids x floats). navec stores a word as one centroid number per slice of
    its vector; slovnet gathers the slices with a two-array fancy index, a single `take` over the slices laid
    end to end copies the same floats at a quarter of the cost."""
    codes = word.codes.array  # slice x centroid x floats
    slices, centroids, floats = codes.shape
    table = codes.reshape(slices * centroids, floats)  # every slice's centroids end to end (a view)
    rows = word.indexes.array[word_ids] + np.arange(slices) * centroids  # token x slice: row of `table`
    return np.asarray(table.take(rows, axis=0).reshape(len(word_ids), -1))


class FirstLayer:
    """The first convolution of slovnet's encoder, its input words taken one at a time.

    The first layer reads only the embeddings, and a word's embedding is fixed, so each kernel offset's
    product with a word's vector is too: it is computed once per word, kept, and a text's convolution is then
    a gather of rows and three shifted sums. The other layers read context and are computed in full
    (`encoder_layer`). The same products summed in another order: emissions differ from slovnet's in the
    last bits of a float (1e-5 at most on the benchmarks' 3,053 articles), tags not at all. At most
    CACHED_WORDS words are kept; a text with a word past the bound is computed as a whole."""

    def __init__(self, layer: Any, emb: Any) -> None:
        self.conv, self.norm = layer.conv, layer.norm
        self.word = emb.word
        filters, channels, kernel = self.conv.weight.shape
        slices, _, floats = self.word.codes.array.shape
        self.width = slices * floats  # a word vector's floats; the shape vector's follow
        # channel x (kernel offset, filter): one product gives a vector's every offset at once
        self.weights = np.ascontiguousarray(self.conv.weight.array.transpose(1, 2, 0).reshape(channels, -1))
        self.shapes = emb.shape.weight.array @ self.weights[self.width:]  # every shape's products (a few dozen)
        # allocated at its bound: the pages no row was written to take no memory
        self.products = np.empty((CACHED_WORDS, kernel * filters), dtype=np.float32)
        self.row: dict[int, int] = {}  # word id -> its row of `products`

    def __call__(self, word_ids: list[int], shape_ids: list[int]) -> Floats:
        """The layer's output for one text (tokens x filters), after ReLU and batch norm."""
        filters, _, kernel = self.conv.weight.shape
        rows = self.word_products(word_ids)
        rows += self.shapes[shape_ids]
        rows = rows.reshape(len(word_ids), kernel, filters)
        count, pad = len(word_ids), self.conv.padding
        out = np.array(rows[:, pad])  # token t reads token t + k - pad through offset k
        for k in range(kernel):
            shift = k - pad
            if shift < 0:
                out[-shift:] += rows[:count + shift, k]
            elif shift > 0:
                out[:count - shift] += rows[shift:, k]
        out += self.conv.bias.array
        return relu_norm(out, self.norm)

    def word_products(self, word_ids: list[int]) -> Floats:
        """The kernel offsets' products with the words' vectors (ids x kernel * filters), the new words'
        computed together and kept."""
        row = self.row
        new = [w for w in dict.fromkeys(word_ids) if w not in row]
        if len(row) + len(new) > CACHED_WORDS:
            return np.asarray(decoded(self.word, word_ids) @ self.weights[:self.width])
        if new:
            count = len(row)
            self.products[count:count + len(new)] = decoded(self.word, new) @ self.weights[:self.width]
            row.update((w, count + n) for n, w in enumerate(new))
        return np.asarray(self.products.take([row[w] for w in word_ids], axis=0))


def encoder_layer(layer: Any, x: Floats) -> Floats:
    """slovnet's conv, ReLU and batch norm on one sequence laid out tokens x channels (slovnet's own layout is
    channels x tokens, which makes every window a strided gather)."""
    conv = layer.conv
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
    out += conv.bias.array
    return relu_norm(out, layer.norm)


def relu_norm(out: Floats, norm: Any) -> Floats:
    """slovnet's ReLU and batch norm in its order, each step in place (no new array per step)."""
    np.maximum(out, 0, out=out)
    out -= norm.mean.array
    out /= norm.std.array
    out *= norm.weight.array
    out += norm.bias.array
    return np.asarray(out)


def viterbi(emissions: Floats, transitions: Floats) -> list[int]:
    """The best tag path of a linear-chain CRF.

    slovnet steps through the tokens one at a time, four numpy calls on 8 x 8 arrays a token, which
    cost more in call overhead than in arithmetic. Here the forward scores come from `forward_scores`
    (a few calls per block of tokens), and the back pointers of every token from one call: the same
    maxima and argmaxima, summed in another order, so a path could differ from slovnet's only where two
    paths' scores tie to the last bits of a float (tests/test_nlp.py checks the tags against slovnet's)."""
    into = np.ascontiguousarray(transitions.T)  # next tag x previous tag
    if len(emissions) < 2:
        return [int(emissions[0].argmax())]
    scores = forward_scores(emissions, into)
    back = (scores[:-1, None, :] + into).argmax(2).tolist()  # token x next tag: the best previous tag
    best = int(scores[-1].argmax())
    path = [best]
    for row in reversed(back):
        best = row[best]
        path.append(best)
    path.reverse()
    return path


def forward_scores(emissions: Floats, into: Floats) -> Floats:
    """The best score of a path ending in each tag at each token (tokens x tags), computed block by block
    in max-plus algebra: first, for every block of BLOCK tokens at once, the best score from each tag before
    the block to each tag at each of its tokens (a max-plus product of the block's step matrices, grown one
    step at a time over all blocks together); then the blocks in turn, the scores entering a block giving
    all of its tokens' scores in one call."""
    n, k = emissions.shape
    blocks = -(-(n - 1) // BLOCK)
    steps = np.zeros((blocks * BLOCK, k), dtype=emissions.dtype)
    steps[:n - 1] = emissions[1:]
    # step in block x block x next tag x 1
    steps = np.ascontiguousarray(steps.reshape(blocks, BLOCK, k).transpose(1, 0, 2))[..., None]
    # within[j, b, next, first]: best score from tag `first` before block b to tag `next` at its step j
    within = np.empty((BLOCK, blocks, k, k), dtype=emissions.dtype)
    np.add(into, steps[0], out=within[0])
    columns = [into[None, :, p, None] for p in range(k)]  # transitions from tag p, as a column per next tag
    candidate = np.empty((blocks, k, k), dtype=emissions.dtype)
    for j in range(1, BLOCK):
        before, now = within[j - 1], within[j]
        # the max over the previous tag as seven pairwise maxima: numpy's reduction over a short middle
        # axis costs several times more
        np.add(before[:, None, 0, :], columns[0], out=now)
        for p in range(1, k):
            np.add(before[:, None, p, :], columns[p], out=candidate)
            np.maximum(now, candidate, out=now)
        now += steps[j]
    out = np.empty((blocks * BLOCK + 1, k), dtype=emissions.dtype)
    score = out[0] = emissions[0]
    for b in range(blocks):
        part = (within[:, b] + score).max(2)
        out[1 + b * BLOCK:1 + (b + 1) * BLOCK] = part
        score = part[-1]
    return out[:n]
