package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestASCIIRun compares asciiRun, which reads eight bytes at a time, with a byte
// loop over the classes, on texts of letters, digits, marks, spaces and bytes with
// the high bit set, from every start and to every end.
func TestASCIIRun(t *testing.T) {
	word, other := "aAzZ09mQ5", " .,'-@[`{/:\x7f\x80\xc3\xa9\xff"
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		b := make([]byte, rng.IntN(30))
		for i := range b {
			b[i] = word[rng.IntN(len(word))] // most bytes: runs of eight and more
			if rng.IntN(6) == 0 {
				b[i] = other[rng.IntN(len(other))]
			}
		}
		s := string(b)
		for start := 0; start <= len(s); start++ {
			for end := start; end <= len(s); end++ {
				j, cls := asciiRun(s, start, end)
				wj, wcls := start, uint8(0)
				for wj < end && byteClass[s[wj]] != 0 {
					k := byteClass[s[wj]]
					if wj == start && k == upperByte {
						k = lowerByte // a capital first: no fused word starts there
					}
					wcls |= k
					wj++
				}
				if j != wj || cls != wcls {
					t.Fatalf("asciiRun(%q, %d, %d) = %d, %d; want %d, %d", s, start, end, j, cls, wj, wcls)
				}
			}
		}
	}
}

// TestIsAbbreviation checks the filter in front of the abbreviations' map: every
// abbreviation passes it, and a word passes it only when the map holds it.
func TestIsAbbreviation(t *testing.T) {
	for w := range abbreviations {
		for _, v := range []string{w, w + "s", w[:len(w)-1], "x" + w, strings.ToUpper(w), strings.ToLower(w)} {
			if got, want := isAbbreviation(v), abbreviations[v]; got != want {
				t.Errorf("isAbbreviation(%q) = %v; want %v", v, got, want)
			}
		}
	}
}

// TestQuickChunkAsSplitChunk checks that quickChunk, where it takes a chunk, gives the
// tokens splitChunk gives, on every chunk of up to four pieces of the shapes it takes
// and the ones next to them.
func TestQuickChunkAsSplitChunk(t *testing.T) {
	pieces := []string{"a", "Ab", "e", "g", "Cllr", "said", "09", "2023", "don", "t", "s", "ll",
		"schoolInspectors", "McDonald", "'", "\"", ".", ",", "(", ")", "-", ":", "é", "’", " "}
	var chunks []string
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		if prefix != "" {
			chunks = append(chunks, prefix)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			build(prefix+p, n-1)
		}
	}
	build("", 4)
	took := 0
	for _, c := range chunks {
		if isSpace(c[0]) {
			continue
		}
		var got, want tokSink
		end, ok := quickChunk(c, 0, len(c), &got)
		if !ok {
			if len(got.toks)+len(got.kinds) > 0 {
				t.Fatalf("%q: quickChunk refused the chunk but added %v", c, got)
			}
			continue
		}
		took++
		splitChunk(c, 0, end, &want)
		if !slices.Equal(got.toks, want.toks) || !slices.Equal(got.kinds, want.kinds) {
			t.Fatalf("%q: quickChunk %v, splitChunk %v", c, got, want)
		}
		if end < len(c) && !isSpace(c[end]) {
			t.Fatalf("%q: quickChunk ends at %d, inside the chunk", c, end)
		}
	}
	if took < 1000 {
		t.Fatalf("quickChunk took only %d chunks", took)
	}
}
