package text

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// vocabTestID is interned as the program initialises, as Intern requires, and so is a
// one-letter word for TestWordIDsAsLookup.
var vocabTestID, _ = Intern("zanderwick"), Intern("j")

// TestWordIDs checks that a Document numbers each token by the vocabulary: the
// interned word, in any case, has its number, and words no one interned have none.
func TestWordIDs(t *testing.T) {
	if vocabTestID < firstWordID || Intern("zanderwick") != vocabTestID || Lookup("zanderwick") != vocabTestID {
		t.Fatalf("Intern gave %d, then %d; Lookup %d", vocabTestID, Intern("zanderwick"), Lookup("zanderwick"))
	}
	d := Parse("ZANDERWICK and Zanderwick met zanderwicks.")
	want := []WordID{vocabTestID, NoWord, vocabTestID, NoWord, NoWord, NoWord}
	if len(d.Tokens()) != len(want) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens()), len(want))
	}
	for i, w := range want {
		if d.WordID(i) != w || d.WordIDs(0, len(want))[i] != w {
			t.Errorf("token %d %q: WordID %d, want %d", i, d.Word(i), d.WordID(i), w)
		}
	}
	if d.VocabSize() != VocabSize() {
		t.Errorf("document's vocabulary size %d, want %d", d.VocabSize(), VocabSize())
	}
}

// manyWords are interned as the program initialises: enough that the lookup table
// grows several times over.
var manyWords, manyIDs = internMany(5000)

func internMany(n int) ([]string, []WordID) {
	ws, ids := make([]string, n), make([]WordID, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("qx%dv", i)
		ids[i] = Intern(ws[i])
	}
	return ws, ids
}

// TestLookupAfterGrowth checks that every interned word keeps its own number as the
// table grows, one-byte words included, and that near misses have none.
func TestLookupAfterGrowth(t *testing.T) {
	seen := map[WordID]bool{}
	for i, w := range manyWords {
		if got := Lookup(w); got != manyIDs[i] || got < firstWordID || seen[got] {
			t.Fatalf("Lookup(%q) = %d, interned as %d", w, got, manyIDs[i])
		}
		seen[manyIDs[i]] = true
		if got := Lookup(w[:len(w)-1]); got != NoWord {
			t.Fatalf("Lookup(%q) = %d; want NoWord", w[:len(w)-1], got)
		}
	}
	if Lookup("^") != NoWord {
		t.Fatalf("Lookup(^) = %d; it was never interned", Lookup("^"))
	}
}

var tildeID = Intern("~")

func TestOneByteWords(t *testing.T) {
	d := Parse("a ~ b")
	if d.WordID(1) != tildeID || tildeID == Lookup("zanderwick") || d.WordID(0) != NoWord {
		t.Fatalf("WordIDs %v; want ~ numbered %d", d.WordIDs(0, 3), tildeID)
	}
}

// TestParaEstimate checks that the room reserved for paragraphs is never more than
// the paragraphs there are, and is all of them for lines that open with a word.
func TestParaEstimate(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{"", 0},
		{"One line.", 1},
		{"First.\n\nSecond.\nThird.\n", 3},
		{"\n\n\n \n\t\n", 0},
		{"  indented.\nplain.", 1},
	} {
		d := Parse(c.src)
		got := paraEstimate(d.text)
		if got != c.want {
			t.Errorf("paraEstimate(%q) = %d; want %d", c.src, got, c.want)
		}
		if got > len(d.paras) {
			t.Errorf("paraEstimate(%q) = %d, more than its %d paragraphs", c.src, got, len(d.paras))
		}
	}
}

// TestWordSet wants the set's words and only them, by their numbers, and a number past
// the set's end answered false, not a panic.
func TestWordSet(t *testing.T) {
	s := NewWordSet([]string{"ofsted", "inadequate"})
	for _, c := range []struct {
		w    string
		want bool
	}{{"ofsted", true}, {"inadequate", true}, {"good", false}} {
		if got := s.Has(Intern(c.w)); got != c.want {
			t.Errorf("Has(%q) = %v; want %v", c.w, got, c.want)
		}
	}
	if s.Has(WordID(len(s) + 10)) {
		t.Errorf("Has of a number past the set's end = true")
	}
}

// TestWordIDsAsLookup checks every token's number against Lookup of its word
// lower-cased, on random texts of interned words in mixed case, words no one
// interned, short and long, marks, and bad bytes: wordIDs reads a token of up to
// eight bytes itself, as lookupFold would, and lookupFold the others, eight bytes of
// the text at once when it can and byte by byte in its last eight bytes.
func TestWordIDsAsLookup(t *testing.T) {
	pieces := []string{"zanderwick", "ZanderWick", "ZANDERWICK", "qx17v", "QX4999V", "qx5000v",
		"a", "I", "of", "OF", "council", "Council", "inspectorate's", "x", ".", ",", "“", "\xff",
		"é", "É", "outstandingly-good", "well-led", "2024", " ", " ", "\n", "~", "j", "J"}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 3000 {
		var b strings.Builder
		for n := rng.IntN(14); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		d := Parse(b.String())
		for i, tok := range d.Tokens() {
			w := string(AppendLower(nil, d.Text()[tok.Start:tok.End]))
			if got, want := d.WordID(i), Lookup(w); got != want {
				t.Fatalf("%q, token %d %q: WordID %d, Lookup %d", b.String(), i, w, got, want)
			}
		}
	}
}
