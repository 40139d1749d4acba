package boiler

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// TestSingleSpacedAndHasDigit compares singleSpaced and hasDigit, which read eight
// bytes at a time, with byte loops, on random keys of spaces, control bytes, digits,
// marks and bytes past ASCII, of every length up to 40.
func TestSingleSpacedAndHasDigit(t *testing.T) {
	spaced := func(k string) bool {
		for i := 0; i < len(k); i++ {
			switch c := k[i]; {
			case c == '\n', c == '\t', c == '\r', c == '\v', c == '\f', c >= 0x80:
				return false
			case c == ' ' && (i == 0 || i == len(k)-1 || k[i+1] == ' '):
				return false
			}
		}
		return true
	}
	digit := func(k string) bool {
		for i := 0; i < len(k); i++ {
			if '0' <= k[i] && k[i] <= '9' {
				return true
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(1, 2))
	other := "ab09/: \x80\xff;@`\t\n\r\v\f\x08\x0e  "
	for range 200000 {
		b := make([]byte, rng.IntN(41))
		for i := range b {
			b[i] = 'q'
			if rng.IntN(3) == 0 {
				b[i] = other[rng.IntN(len(other))]
			}
		}
		k := string(b)
		if got := singleSpaced(k); got != spaced(k) {
			t.Fatalf("singleSpaced(%q) = %v", k, got)
		}
		if got := hasDigit(k); got != digit(k) {
			t.Fatalf("hasDigit(%q) = %v", k, got)
		}
	}
}

// TestKeyWordsRandom compares keyWords, whose runs of ASCII word bytes are found
// eight bytes at a time, with strings.FieldsFunc, on random keys of letters, digits,
// apostrophes, marks, spaces, multi-byte runes and bad bytes.
func TestKeyWordsRandom(t *testing.T) {
	sep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"q", "q", "q", "Z", "9", "'", " ", "/", ":", "@", "`", "{", "é", "—", "’", "\xff", "\xc3"}
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		k := b.String()
		var got []string
		for w := range keyWords(k) {
			got = append(got, w)
		}
		if want := strings.FieldsFunc(k, sep); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("keyWords(%q) = %q; want %q", k, got, want)
		}
	}
}
