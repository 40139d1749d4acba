package text

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unsafe"
)

// looks is a context that counts how often its Err is asked, and is done after the
// first n asks: a way to cancel in the middle of a call without timing.
type looks struct {
	context.Context
	n, asked int
}

func (c *looks) Err() error {
	if c.asked++; c.asked > c.n {
		return context.Canceled
	}
	return nil
}

// TestParseContextOneLine checks that a single endless line is no escape from the
// context: folding and tokenizing each look at it as they go (every checkBytes), not
// once per line, so both together look half as often again as either alone would.
func TestParseContextOneLine(t *testing.T) {
	in := strings.Repeat("the council\u2019s \u201cgood\u201d rating, ", 1<<15) // ~1MB, one line
	counting := &looks{Context: context.Background(), n: 1 << 30}
	if _, err := ParseContext(counting, in); err != nil {
		t.Fatal(err)
	}
	if min := 3 * len(in) / (2 * checkBytes); counting.asked < min {
		t.Errorf("the context was looked at %d times on a %d-byte line; want at least %d", counting.asked, len(in), min)
	}
	for _, n := range []int{2, counting.asked / 2, counting.asked - 2} {
		if _, err := ParseContext(&looks{Context: context.Background(), n: n}, in); !errors.Is(err, context.Canceled) {
			t.Errorf("ParseContext cancelled after %d looks = %v; want context.Canceled", n, err)
		}
	}
}

// TestBadByteRuns checks that a run of bad input bytes is one mark, wherever it sits
// in a chunk, and that it maps back to exactly those bytes.
func TestBadByteRuns(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // the input text of each token
	}{
		{"\xff\xfe\xfd", []string{"\xff\xfe\xfd"}},
		{"a\xff\xffb", []string{"a", "\xff\xff", "b"}},
		{"good\xff\xff\xff. x\xff", []string{"good", "\xff\xff\xff", ".", "x", "\xff"}},
		{"\xff\xffgood \xff", []string{"\xff\xff", "good", "\xff"}},
		{"a\xff \xff\xe2\x80b", []string{"a", "\xff", "\xff\xe2\x80", "b"}},
	} {
		d := Parse(tc.in)
		var got []string
		for _, tok := range d.Tokens() {
			got = append(got, d.Original(tok.Range()))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("tokens of %q = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestBlankRuns checks that a run of empty lines is kept as one line, and that page
// breaks and lines with content still end lines of their own.
func TestBlankRuns(t *testing.T) {
	src := "a\n\n\n\nb\r\n\r\n\n\f\n\nc\n"
	var got []string
	for _, l := range splitLines(src, nil) {
		got = append(got, src[l.start:l.next])
	}
	want := []string{"a\n", "\n\n\n", "b\r\n", "\r\n\n", "\f", "\n\n", "c\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines of %q = %q; want %q", src, got, want)
	}
	if n := len(splitLines(strings.Repeat("\n", 1<<16), nil)); n != 1 {
		t.Errorf("64K newlines make %d lines; want 1", n)
	}
}

// TestTooLong checks the guard that keeps a token's 32-bit offsets whole, with the limit
// lowered so that a short text is past it: an input past it, and an input within it
// whose analysis text folds past it (each bad byte becomes three), give ErrTooLong from
// ParseContext, and Parse gives a Document of the input alone; one at the limit parses.
func TestTooLong(t *testing.T) {
	defer func(n uint64) { textLimit = n }(textLimit)
	textLimit = 16
	for _, in := range []string{strings.Repeat("x", 17), strings.Repeat("\xff", 8)} {
		if d, err := ParseContext(context.Background(), in); !errors.Is(err, ErrTooLong) || d != nil {
			t.Errorf("ParseContext(%q) = %v, %v; want nil, ErrTooLong", in, d, err)
		}
		d := Parse(in)
		if d.Source() != in || d.Text() != "" || len(d.Tokens())+len(d.Sentences())+len(d.Paragraphs()) != 0 {
			t.Errorf("Parse(%q) holds %q, %d tokens; want the input alone", in, d.Text(), len(d.Tokens()))
		}
	}
	in := "sixteen bytes ok"
	if d, err := ParseContext(context.Background(), in); err != nil || len(d.Tokens()) != 3 {
		t.Errorf("ParseContext(%q) = %v; want 3 tokens", in, err)
	}
}

// TestTokenSize checks that a token is 8 bytes and its kind 1: the token slice is the
// text model's largest part.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n != 8 {
		t.Errorf("a Token is %d bytes; want 8", n)
	}
	if n := unsafe.Sizeof(TokenKind(0)); n != 1 {
		t.Errorf("a TokenKind is %d bytes; want 1", n)
	}
}

// TestKinds checks the kinds filed apart from the tokens: one a token, and each the
// kind its bytes make.
func TestKinds(t *testing.T) {
	d := Parse("In 2024, Ofsted's 3rd visit.")
	var got []string
	for i, tk := range d.Tokens() {
		got = append(got, d.Slice(tk.Range())+"/"+d.Kind(i).String())
	}
	want := []string{"In/word", "2024/number", ",/punct", "Ofsted/word", "'s/word", "3rd/word", "visit/word", "./punct"}
	if len(d.Kinds()) != len(d.Tokens()) || strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tokens %q (%d kinds); want %q", got, len(d.Kinds()), want)
	}
}
