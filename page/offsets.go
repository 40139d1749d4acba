package page

import (
	"unicode/utf8"

	"github.com/verdictnlp/verdict/text"
)

// Unit is a unit in which to count offsets into a text.
type Unit uint8

const (
	// Bytes counts UTF-8 bytes: the unit of every span the library gives, and Go's.
	Bytes Unit = iota
	// Runes counts Unicode code points, as Python, Ruby and Rust's chars() do.
	Runes
	// UTF16 counts UTF-16 code units, as JavaScript, Java and C# index strings.
	UTF16
)

// Offsets converts byte offsets into one text to another Unit. Build it once per
// text with NewOffsets; each conversion then looks at fewer than 64 bytes.
type Offsets struct {
	text  string
	unit  Unit
	marks []int // the offset in unit of every 64th byte
}

const markEvery = 64

// NewOffsets prepares the conversion of byte offsets into s to unit u. A byte of
// invalid UTF-8 counts as one character, as it reads as U+FFFD.
func NewOffsets(s string, u Unit) *Offsets {
	o := &Offsets{text: s, unit: u}
	if u == Bytes {
		return o
	}
	o.marks = make([]int, 0, len(s)/markEvery+2)
	n, next := 0, 0
	for i := 0; i < len(s); {
		for ; next <= i; next += markEvery {
			o.marks = append(o.marks, n)
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		n += o.units(r)
		i += w
	}
	for ; next <= len(s); next += markEvery {
		o.marks = append(o.marks, n)
	}
	return o
}

// units is the length of r in the unit.
func (o *Offsets) units(r rune) int {
	if o.unit == UTF16 && r >= 0x10000 {
		return 2
	}
	return 1
}

// count is the number of units in the characters that start in s[from:to].
func (o *Offsets) count(from, to int) int {
	n := 0
	for i := from; i < to; {
		r, w := utf8.DecodeRuneInString(o.text[i:])
		n += o.units(r)
		i += w
	}
	return n
}

// boundary is the first character boundary at or after byte p: p itself, or the end
// of a character that starts before p and runs past it.
func (o *Offsets) boundary(p int) int {
	for j := p - 1; j >= 0 && j >= p-utf8.UTFMax+1; j-- {
		if utf8.RuneStart(o.text[j]) {
			if _, w := utf8.DecodeRuneInString(o.text[j:]); j+w > p {
				return j + w
			}
			break
		}
	}
	return p
}

// Offset converts byte offset b (0 <= b <= len(text)), a character boundary, to the
// unit; an offset out of range is returned unchanged.
func (o *Offsets) Offset(b int) int {
	if o.unit == Bytes || b < 0 || b > len(o.text) {
		return b
	}
	k := b / markEvery
	return o.marks[k] + o.count(min(o.boundary(k*markEvery), b), b)
}

// Span converts both ends of a span; text.NoSpan stays as it is.
func (o *Offsets) Span(s text.Span) text.Span {
	if s == text.NoSpan {
		return s
	}
	return text.Span{Start: o.Offset(s.Start), End: o.Offset(s.End)}
}
