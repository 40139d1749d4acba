package text

import "fmt"

// Span is a half-open byte range [Start, End) into the input exactly as given.
// The missing span is [NoSpan], {-1, -1}.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// NoSpan marks a value that has no place in the input.
var NoSpan = Span{-1, -1}

// Valid reports whether s lies inside an input of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Len is the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Of returns the text s covers in src, or "" for a span outside src.
func (s Span) Of(src string) string {
	if !s.Valid(len(src)) {
		return ""
	}
	return src[s.Start:s.End]
}

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Range is a half-open byte range [Start, End) into a Document's analysis text.
type Range struct {
	Start, End int
}

// Len is the number of bytes r covers.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether o lies within r.
func (r Range) Contains(o Range) bool { return r.Start <= o.Start && o.End <= r.End }

// Overlaps reports whether r and o share a byte.
func (r Range) Overlaps(o Range) bool { return r.Start < o.End && o.Start < r.End }
