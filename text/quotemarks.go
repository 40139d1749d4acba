package text

import (
	"sort"

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
func (d *Document) readMarks() {
	t := d.text
	for i := 0; i < len(t); i++ {
		if t[i] != '"' && t[i] != '\'' {
			continue
		}
		if s := shapeOf(norm.Decode(d.Original(Range{Start: i, End: i + 1}))); s != StraightDouble {
			d.marks = append(d.marks, markAt{uint32(i), s})
		}
	}
}

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
