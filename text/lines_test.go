package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/norm"
)

// TestRuneCount checks runeCount against utf8.RuneCountInString on ASCII, runes of
// every width and bad bytes, at every length and alignment.
func TestRuneCount(t *testing.T) {
	s := "plain ascii text, then é and ’ and 𝄞 and a bad \xff\xfe byte, more ascii after it"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			if got, want := runeCount(s[i:j]), utf8.RuneCountInString(s[i:j]); got != want {
				t.Fatalf("runeCount(%q) = %d; want %d", s[i:j], got, want)
			}
		}
	}
}

// TestNextBreakByte checks the eight-bytes-at-a-time scan against a byte loop: every
// byte value at every position of a word, among neighbours of every kind.
func TestNextBreakByte(t *testing.T) {
	fills := []byte{'a', 0x0e, 0xff, 0xc1, 0xc3, 0xe1, 0xe3, 0x80, 0x01, 0x7f}
	for _, fill := range fills {
		for c := range 256 {
			for pos := range 24 {
				b := make([]byte, 24)
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				s := string(b)
				for from := range 9 {
					want := from
					for want < len(s) && !breakByte[s[want]] {
						want++
					}
					if got := nextBreakByte(s, from); got != want {
						t.Fatalf("nextBreakByte(%q, %d) = %d; want %d", s, from, got, want)
					}
				}
			}
		}
	}
}

// TestByteClassIsWordRune wants the tokenizer's byte table to take exactly the ASCII
// bytes isWordRune takes, which its fast path reads in isWordRune's place.
func TestByteClassIsWordRune(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		if got, want := byteClass[c] != 0, isWordRune(c); got != want {
			t.Errorf("byteClass[%q] != 0 is %v; isWordRune says %v", c, got, want)
		}
	}
}

// TestWrapWidth checks wrapWidth against the sorted lengths' ninth tenth, on random
// lengths about the wrap widths' range.
func TestWrapWidth(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		lens := make([]int, rng.IntN(40))
		for i := range lens {
			lens[i] = rng.IntN(200)
		}
		got, ok := wrapWidth(lens)
		sorted := slices.Sorted(slices.Values(lens))
		want, wantOK := 0, false
		if len(sorted) > 0 {
			if w := sorted[len(sorted)*9/10]; w >= minWrap && w <= maxWrap {
				want, wantOK = w, true
			}
		}
		if got != want || ok != wantOK {
			t.Fatalf("wrapWidth(%v) = %d, %v; want %d, %v", lens, got, ok, want, wantOK)
		}
	}
}

// TestSplitLinesPlain checks each line's plain offset, noted while the lines are
// split, against norm.PlainRun over the line, and that lineCount reserves room for
// every line, on random texts of breaks, plain and other bytes.
func TestSplitLinesPlain(t *testing.T) {
	pieces := []string{"\n", "\r\n", "\r", "\f", "\v", "\u2028", "\u2029", "\u0085", "\xc2", "\xe2\x80", "é", "“", "&amp;", "`", "\t", "abc", " ", "plain words here", "\x7f"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		src := b.String()
		lines := splitLines(src, nil)
		if n := lineCount(src, 0); len(lines) > n {
			// Too little room and the list, the size of the text's, is grown and copied.
			t.Fatalf("splitLines(%q) makes %d lines; lineCount reserves %d", src, len(lines), n)
		}
		for _, l := range lines {
			if want := l.start + norm.PlainRun(src[l.start:l.end], 0); l.plain != want {
				t.Fatalf("splitLines(%q): line [%d,%d) plain at %d; want %d", src, l.start, l.end, l.plain, want)
			}
		}
	}
}
