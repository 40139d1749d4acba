package boiler

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/internal/norm"
)

// TestWordBits8 compares wordBits8 with asciiWord on every byte in every lane.
func TestWordBits8(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for c := range 256 {
		for lane := range 8 {
			x := rng.Uint64()&^(0xff<<(8*lane)) | uint64(c)<<(8*lane)
			got := wordBits8(x)>>lane&1 == 1
			if want := c < 0x80 && asciiWord[c]; got != want {
				t.Fatalf("wordBits8: byte %#x in lane %d: %v; want %v", c, lane, got, want)
			}
		}
	}
}

// TestPhraseWordsASCII compares the word finding by bit masks with nextWord's, on
// random ASCII keys made of the phrases' words, other words and separators, long
// enough that words cross the 64-byte blocks.
func TestPhraseWordsASCII(t *testing.T) {
	var vocab []string
	for _, p := range phrases {
		vocab = append(vocab, strings.Fields(p.text)...)
	}
	vocab = append(vocab, "the", "a", "x9", "2023", "cookiesx", "Cookie", "policyy", "", "é", "cookieé", "écookie")
	seps := []string{" ", "  ", "-", ", ", ". ", ":", "(", "'", "|", "\t"}
	rng := rand.New(rand.NewPCG(7, 8))
	found := 0
	for range 30000 {
		var b strings.Builder
		if rng.IntN(8) == 0 { // a "^" phrase opens only a key
			b.WriteString(phrases[rng.IntN(len(phrases))].text + seps[rng.IntN(len(seps))])
		}
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(vocab[rng.IntN(len(vocab))])
			if rng.IntN(200) == 0 {
				b.WriteString(" " + phrases[rng.IntN(len(phrases))].text)
			}
			if rng.IntN(5) > 0 {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
		}
		key := b.String()
		got, ascii := phraseWordsASCII(key)
		if ascii != asciiOnly(key) && !got {
			t.Fatalf("phraseWordsASCII(%q) gave up: %v; want %v", key, !ascii, !asciiOnly(key))
		}
		if want := phraseWords(key); (ascii || got) && got != want {
			t.Fatalf("phraseWordsASCII(%q) = %v; want %v", key, got, want)
		}
		if got {
			found++
		}
	}
	if found < 3000 {
		t.Errorf("only %d keys held a phrase: the test is too weak", found)
	}
}

// TestHasSignal compares hasSignal, which compares eight bytes at once, with a search
// for each content signal, on random keys built of signals' pieces.
func TestHasSignal(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for range 30000 {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			s := signals[rng.IntN(len(signals))]
			if rng.IntN(3) > 0 { // most often a piece of one
				i := rng.IntN(len(s))
				s = s[i:] + "x" + s[:i]
			}
			b.WriteString(s)
			b.WriteString([]string{" ", "", "-", "é"}[rng.IntN(4)])
		}
		key := b.String()
		want := false
		for _, s := range signals {
			want = want || strings.Contains(key, s)
		}
		if got := hasSignal(key); got != want {
			t.Fatalf("hasSignal(%q) = %v; want %v", key, got, want)
		}
	}
}

// TestChangesLower compares changesLower, which passes eight bytes at a time, with
// strings.ToLower, on random mixes of ASCII of both cases, runes and bad bytes.
func TestChangesLower(t *testing.T) {
	pieces := []string{"a", "Z", "ofsted ", "good report", "[@`{", "é", "É", "\u0130", "\xff", "0123456789"}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		s := mix(rng, pieces, 20)
		if got, want := changesLower(s), strings.ToLower(s) != s; got != want {
			t.Fatalf("changesLower(%q) = %v; want %v", s, got, want)
		}
	}
}

// asciiOnly reports whether every byte of s is ASCII.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if norm.LE64(s[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestCountSpaced compares countSpaced with strings.Count on random keys of marks,
// spaces and words, runs of " / / " included.
func TestCountSpaced(t *testing.T) {
	pieces := []string{" ", "/", "•", "a", "  ", " / ", " • ", "|", "x/y"}
	rng := rand.New(rand.NewPCG(23, 24))
	for range 30000 {
		key := mix(rng, pieces, 14)
		for _, mark := range []string{"/", "•"} {
			if got, want := countSpaced(key, mark), strings.Count(key, " "+mark+" "); got != want {
				t.Fatalf("countSpaced(%q, %q) = %d; want %d", key, mark, got, want)
			}
		}
	}
}

// mix joins up to max-1 pieces picked at random.
func mix(rng *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for n := rng.IntN(max); n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
