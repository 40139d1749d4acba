package norm

import (
	"slices"
	"sync"
	"unsafe"
)

// Builder writes an analysis text piece by piece while recording how it maps back to
// the source. Every source byte is consumed exactly once, in order, by Copy, Replace or
// Drop. Its map holds 32-bit offsets: a source or text of more than 1<<32-1 bytes,
// which the text package refuses, is mapped wrongly.
type Builder struct {
	buf   []byte
	edits []edit
	src   int // source bytes consumed so far
	// whole is the source of a Builder made by NewBuilderFor while everything written
	// is its prefix src[:b.src], which buf does not hold yet; "" once buf is written.
	whole string
	// scratch is the pooled slice edits was taken from (see editScratch), nil before
	// the first edit.
	scratch *[]edit
}

// editScratch keeps the slices the edits are recorded in between Builders: Finish
// hands out an exact copy, so that an input's map costs one allocation of its size
// rather than append's doublings, and does not hold their spare room while the
// text is analysed.
var editScratch = sync.Pool{New: func() any { return new([]edit) }}

// editScratchMax bounds the edits a pooled slice keeps room for: a longer input's
// are left to the collector, so that one long input does not stay pinned.
const editScratchMax = 1 << 16

// NewBuilder returns a Builder whose buffer has room for n bytes.
func NewBuilder(n int) *Builder { return &Builder{buf: make([]byte, 0, n)} }

// NewBuilderFor returns a Builder for the analysis text of src that copies nothing
// while only Copy is called: a source that folds to itself is its own analysis text,
// and costs no buffer. The first other call copies what was consumed so far.
func NewBuilderFor(src string) *Builder { return &Builder{whole: src} }

// materialize gives a Builder made by NewBuilderFor its buffer, holding the source
// consumed so far.
func (b *Builder) materialize() {
	if b.whole == "" {
		return
	}
	// The whole source copied, its room not zeroed first, is cheaper than room zeroed
	// and the part consumed copied into it: the bytes past b.src are written over.
	b.buf = []byte(b.whole)[:b.src]
	b.whole = ""
}

// Len is the length of the analysis text written so far.
func (b *Builder) Len() int {
	if b.whole != "" {
		return b.src
	}
	return len(b.buf)
}

// Pos is the number of source bytes consumed so far.
func (b *Builder) Pos() int { return b.src }

// Copy appends s, the next len(s) source bytes, unchanged.
func (b *Builder) Copy(s string) {
	if b.whole != "" && b.src+len(s) <= len(b.whole) && b.whole[b.src:b.src+len(s)] == s {
		b.src += len(s)
		return
	}
	b.materialize()
	b.buf = append(b.buf, s...)
	b.src += len(s)
}

// CopyByte appends c for the next source byte.
func (b *Builder) CopyByte(c byte) {
	if b.whole != "" && b.src < len(b.whole) && b.whole[b.src] == c {
		b.src++
		return
	}
	b.materialize()
	b.buf = append(b.buf, c)
	b.src++
}

// Replace appends repl in place of the next n source bytes.
func (b *Builder) Replace(n int, repl string) {
	b.materialize()
	// A same-length replacement of one byte keeps the one-to-one map; anything else
	// (a multi-byte rune folded to as many bytes, an entity) is recorded so that no
	// position maps into the middle of a source sequence.
	if len(repl) != n || n > 1 {
		b.record(len(repl), n)
	}
	b.buf = append(b.buf, repl...)
	b.src += n
}

// record notes that the next a analysis bytes stand for the next s source bytes. A
// replacement right after one of the same shape (a run of bad bytes, each read as
// U+FFFD; a run of deleted bytes) extends that edit rather than adding one, so that
// a hostile input costs one edit per run, not one per byte.
func (b *Builder) record(a, s int) {
	if k := len(b.edits) - 1; k >= 0 {
		e := &b.edits[k]
		if int(e.aEnd) == len(b.buf) && int(e.sEnd) == b.src && e.sameUnit(a, s) {
			e.aEnd += uint32(a)
			e.sEnd += uint32(s)
			return
		}
	}
	if b.scratch == nil {
		b.scratch = editScratch.Get().(*[]edit)
		b.edits = (*b.scratch)[:0]
	}
	b.edits = append(b.edits, edit{aStart: uint32(len(b.buf)), aEnd: uint32(len(b.buf) + a),
		sStart: uint32(b.src), sEnd: uint32(b.src + s), aUnit: uint32(a), sUnit: uint32(s)})
}

// Drop consumes the next n source bytes without writing anything.
func (b *Builder) Drop(n int) { b.Replace(n, "") }

// Last returns the last analysis byte written, or 0.
func (b *Builder) Last() byte {
	if b.whole != "" {
		if b.src == 0 {
			return 0
		}
		return b.whole[b.src-1]
	}
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// Finish returns the analysis text and its map to a source of srcLen bytes. The text
// is the Builder's buffer, not a copy of it: the Builder must not be used afterwards.
func (b *Builder) Finish(srcLen int) (string, Map) {
	if b.whole != "" {
		t := b.whole[:b.src]
		b.whole = ""
		return t, Map{srcLen: srcLen}
	}
	t := unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
	b.buf = nil
	edits := slices.Clone(b.edits)
	if b.scratch != nil && cap(b.edits) <= editScratchMax {
		*b.scratch = b.edits[:0] // an edit holds no pointer: nothing to clear
		editScratch.Put(b.scratch)
	}
	b.edits, b.scratch = nil, nil
	return t, Map{edits: edits, srcLen: srcLen}
}
