package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/scratch"
	"github.com/verdictnlp/verdict/text"
)

// Segment is one stretch of quoted words between an opening mark and its closing mark,
// or the end of its paragraph when the mark is never closed.
type Segment struct {
	Content   text.Range // the words inside the marks
	Open      int        // analysis offset of the opening mark
	Close     int        // analysis offset of the closing mark; -1 when unclosed
	Para      int        // the paragraph
	Words     int
	Continues bool // opens a paragraph that carries on a quote left open before it
}

// Segments returns the top-level quoted stretches of doc in order. Quotes nested in the
// other family of marks belong to the quote around them. An unclosed mark ends its
// quote at the end of its paragraph: it never swallows the rest of the document.
func Segments(doc *text.Document) []Segment {
	buf := segmentBufs.Get().(*[]Segment)
	return scratch.Keep(&segmentBufs, buf, segmentsInto(doc, (*buf)[:0]), maxPooledSegments)
}

// segmentBufs holds Segments' scratch: growing each call's list by doubling
// allocated several times what it kept, so the list grows in reused scratch and the
// call keeps one copy of the right size. A Segment holds no pointer: the scratch
// keeps nothing alive.
var segmentBufs = sync.Pool{New: func() any { return new([]Segment) }}

const maxPooledSegments = 1024

// markBufs holds segmentsInto's scratch of a paragraph's marks, kept across calls as
// segmentBufs is; a mark holds no pointer.
var markBufs = sync.Pool{New: func() any { return new([]mark) }}

// segmentsInto appends the top-level quoted stretches of doc to out, in order.
func segmentsInto(doc *text.Document, out []Segment) []Segment {
	mb := markBufs.Get().(*[]mark)
	out, ms := segmentsWith(doc, out, (*mb)[:0])
	if cap(ms) <= maxPooledSegments {
		*mb = ms[:0]
		markBufs.Put(mb)
	}
	return out
}

// stretchRoom returns out with room for the quoted stretches of paragraph p, which
// holds marks quote marks, when p is long: append grew the list a quarter at a time.
// A stretch takes two marks and a word at least (marks around no words quote nothing).
func stretchRoom(doc *text.Document, p text.Paragraph, marks int, out []Segment) []Segment {
	if p.End-p.Start <= longParagraph {
		return out
	}
	return slices.Grow(out, min(marks/2+1, wordsIn(doc, p)))
}

// wordsIn counts the word tokens of paragraph p.
func wordsIn(doc *text.Document, p text.Paragraph) int {
	if p.First == p.Last {
		return 0
	}
	sents := doc.Sentences()
	n := 0
	for i := sents[p.First].First; i < sents[p.Last-1].Last; i++ {
		if doc.Kind(i) == text.Word {
			n++
		}
	}
	return n
}

// segmentsWith is segmentsInto with ms, a paragraph's marks, the slice reused from
// one paragraph to the next (and, through the pool, across calls); it returns ms too.
func segmentsWith(doc *text.Document, out []Segment, ms []mark) ([]Segment, []mark) {
	t := doc.Text()
	prevOpen := false // the last paragraph ended inside a quote
	var prevFam family
	for pi, p := range doc.Paragraphs() {
		ms = marks(doc, p.Range, ms[:0])
		out = stretchRoom(doc, p, len(ms), out)
		open := -1 // index into ms of the open top-level mark
		nested := false
		startLen := len(out)
		continuing := prevOpen
		emit := func(o mark, end, closeAt int) {
			c := trim(t, text.Range{Start: o.at + 1, End: end})
			seg := Segment{Content: c, Open: o.at, Close: closeAt, Para: pi, Words: countWords(t[c.Start:c.End])}
			if len(out) == startLen && continuing && o.fam == prevFam && strings.TrimSpace(t[p.Start:o.at]) == "" {
				seg.Continues = true
			}
			if seg.Words > 0 {
				out = append(out, seg) // marks around no words quote nothing
			}
		}
		skip := -1
		if continuing {
			if k, ok := closesOnly(t, p.Range, ms, prevFam); ok {
				// "… Grant." ending a paragraph that carries on an open quote with no
				// mark of its own before the closing one.
				c := trim(t, text.Range{Start: p.Start, End: ms[k].at})
				if seg := (Segment{Content: c, Open: p.Start, Close: ms[k].at, Para: pi, Words: countWords(t[c.Start:c.End]), Continues: true}); seg.Words > 0 {
					out = append(out, seg)
				}
				skip = k
			}
		}
		for k, m := range ms {
			if m.dir == apostrophe || k <= skip {
				continue
			}
			if open < 0 {
				if m.dir != closing {
					open = k
				}
				continue
			}
			o := ms[open]
			if m.fam != o.fam {
				// The other family inside a quote: a nested quote, kept in the outer one.
				if m.dir == opening || m.dir == either && !nested {
					nested = true
				} else {
					nested = false
				}
				continue
			}
			if m.dir == opening && m.at > o.at+1 && !nested {
				// A new opening mark while one is open: the first never closed.
				emit(o, lastBefore(t, m.at), -1)
				open = k
				continue
			}
			if m.dir == opening {
				continue
			}
			emit(o, m.at, m.at)
			open, nested = -1, false
		}
		if len(ms) == 0 && interlude(t[p.Start:p.End]) {
			continue // "Advertising" between two paragraphs of one quote
		}
		prevOpen = false
		if open >= 0 {
			o := ms[open]
			emit(o, p.End, -1)
			prevOpen, prevFam = true, o.fam
		}
	}
	return out, ms
}

// closesOnly reports a paragraph whose first mark of family fam closes a quote at the
// paragraph's end: the last paragraph of a quote that did not reopen the mark. It
// returns the mark's index in ms.
func closesOnly(t string, p text.Range, ms []mark, fam family) (int, bool) {
	for k, m := range ms {
		if m.dir == apostrophe || m.fam != fam {
			continue
		}
		ok := m.dir != opening && m.at > p.Start && t[m.at-1] != ' ' && t[m.at-1] != '\n' && strings.TrimSpace(t[m.at+1:p.End]) == ""
		return k, ok
	}
	return 0, false
}

// interlude reports a short line with no sentence in it, which a page sets between
// the paragraphs of a story ("Advertising", "SUGGESTED READING").
func interlude(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.IndexByte(".!?:;,", p[len(p)-1]) >= 0 { // a byte: no rune to decode
		return false
	}
	return fieldCount(p, 5) <= 4
}

// fieldCount counts the white-space separated fields of s, as strings.Fields splits
// them, stopping at most: it reads s in place, an ASCII byte classed by asciiClass
// (every paragraph with no quote mark is read).
func fieldCount(s string, most int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiClass[c] == classSpace
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if space {
			in = false
		} else if !in {
			in = true
			if n++; n == most {
				break
			}
		}
	}
	return n
}

func lastBefore(t string, at int) int {
	for at > 0 && (t[at-1] == ' ' || t[at-1] == '\t') {
		at--
	}
	return at
}

// trim removes white space at both ends of r.
func trim(t string, r text.Range) text.Range {
	for r.Start < r.End && (t[r.Start] == ' ' || t[r.Start] == '\t' || t[r.Start] == '\n') {
		r.Start++
	}
	for r.End > r.Start && (t[r.End-1] == ' ' || t[r.End-1] == '\t' || t[r.End-1] == '\n') {
		r.End--
	}
	return r
}

// countWords counts white-space separated words that hold a letter or digit. It reads
// s in place: strings.Fields would allocate a slice per call. An ASCII byte is classed
// by one table (asciiClass) and counted without a branch on its class, which
// mispredicted at the edge of every word; the unicode calls are kept for the other
// runes. Every quoted stretch is counted.
func countWords(s string) int {
	n, counted := 0, uint8(0) // counted: 1 once the current field has been counted
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k := asciiClass[c]
			word := k & classWord
			n += int(word &^ counted)
			counted = (counted | word) &^ (k >> 1) // a space (classSpace>>1 == 1) ends the field
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case unicode.IsSpace(r):
			counted = 0
		case counted == 0 && isWordRune(r):
			n++
			counted = 1
		}
	}
	return n
}

// The classes of an ASCII byte for countWords, as bits: classWord is bit 0 and
// classSpace bit 1, which countWords reads without a branch.
const (
	classOther = 0
	classWord  = 1
	classSpace = 2
)

// asciiClass classes each ASCII byte as unicode.IsSpace and isWordRune do.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			t[c] = classSpace
		case isWordRune(r):
			t[c] = classWord
		}
	}
	return t
}()
