package text

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/norm"
)

// MarkShape is what the input character behind a quote mark of the analysis text says
// of it. The analysis text folds every quote mark to " or ', so the shape is read from
// the input, once, when the Document is built.
type MarkShape uint8

// The shapes of a quote mark.
const (
	StraightDouble MarkShape = iota // " and marks of no direction: the neighbours decide
	OpenDouble                      // “ „ « 〝
	CloseDouble                     // ” » 〞 ‟
	StraightSingle                  // ' ` ′ ´ ＇
	OpenSingle                      // ‘ ‚ ‛ ‹
	CloseSingle                     // ’ ›
)

// Single reports a mark of the single family, which closes only a single-quoted quote.
func (s MarkShape) Single() bool { return s >= StraightSingle }

// Opens reports a mark shaped to open a quote; Closes one shaped to close it.
func (s MarkShape) Opens() bool { return s == OpenDouble || s == OpenSingle }

// Closes reports a mark shaped to close a quote.
func (s MarkShape) Closes() bool { return s == CloseDouble || s == CloseSingle }

// markAt is the shape of the quote mark at one analysis offset: 8 bytes, the offset
// in 32 bits as a token's are.
type markAt struct {
	at    uint32
	shape MarkShape
}

// MarkShapeAt returns the shape of the quote mark (" or ') at analysis offset at. A
// straight double mark is the answer for any other offset.
func (d *Document) MarkShapeAt(at int) MarkShape {
	i := sort.Search(len(d.marks), func(i int) bool { return int(d.marks[i].at) >= at })
	if i < len(d.marks) && int(d.marks[i].at) == at {
		return d.marks[i].shape
	}
	return StraightDouble
}

// readMarks records the shape of every quote mark of the analysis text that is not a
// straight double one, in order.
// They are gathered in a pooled slice and kept as an exact copy: one allocation of
// their size, not append's growth.
func (d *Document) readMarks() {
	p := markBufs.Get().(*[]markAt)
	marks := (*p)[:0]
	t := d.text
	if len(t) > cap(marks) {
		// Every mark is a " or a ' of the analysis text: a text with more of them
		// than the pooled room gets its room once, counted.
		marks = slices.Grow(marks, strings.Count(t, `"`)+strings.Count(t, "'"))
	}
	w := d.m.Walker() // the marks come in order: no search of the map for each
	// The next " and the next ', each found by IndexByte rather than a byte loop.
	dq, sq := indexFrom(t, 0, '"'), indexFrom(t, 0, '\'')
	for {
		i := min(dq, sq)
		if i == len(t) {
			break
		}
		if i == dq {
			dq = indexFrom(t, i+1, '"')
		} else {
			sq = indexFrom(t, i+1, '\'')
		}
		if s := markShape(d.src, &w, i); s != StraightDouble {
			marks = append(marks, markAt{uint32(i), s})
		}
	}
	d.marks = slices.Clone(marks)
	if cap(marks) <= markBufMax {
		*p = marks[:0] // a markAt holds no pointer: nothing to clear
		markBufs.Put(p)
	}
}

// markShape returns the shape of the input character behind the quote mark at
// analysis offset i, found through w, at or after every offset w was given before.
// A mark copied from an ASCII byte of the input, most of them (every apostrophe
// typed straight), is that byte, read without mapping a span and decoding it.
func markShape(src string, w *norm.Walker, i int) MarkShape {
	if s, ok := w.Byte(i); ok && src[s] < utf8.RuneSelf {
		return shapeOf(rune(src[s]))
	}
	// d.Original(Range{i, i + 1}), the map walked rather than searched
	span := Span{w.Start(i), w.End(i + 1)}
	span.End = max(span.End, span.Start)
	return shapeOf(norm.Decode(span.Of(src)))
}

// indexFrom returns the offset of the first c in t from i on, or len(t).
func indexFrom(t string, i int, c byte) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return len(t)
}

// markBufs keeps readMarks' slices between parses; markBufMax bounds the marks one
// keeps room for, so that one long input does not stay pinned.
var markBufs = sync.Pool{New: func() any { return new([]markAt) }}

const markBufMax = 1 << 16

// shapeOf names the shape of a quote mark character of the input.
func shapeOf(r rune) MarkShape {
	switch r {
	case '\u201C', '\u201E', '\u00AB', '\u301D':
		return OpenDouble
	case '\u201D', '\u00BB', '\u301E', '\u201F':
		return CloseDouble
	case '\u2018', '\u201A', '\u201B', '\u2039':
		return OpenSingle
	case '\u2019', '\u203A':
		return CloseSingle
	case '\'', '`', '\u2032', '\u00B4', '\uFF07':
		return StraightSingle
	}
	return StraightDouble
}
