package text_test

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// corpusWords interns, as the program initialises, every other word of six letters
// or more that the corpus holds, lower-cased: the checks below meet capitalised words
// of the vocabulary and words of none.
var corpusWords = func() int {
	text.Intern("inspectorate") // words of more than eight bytes, and of more than 16
	text.Intern("wordvocabulary")
	text.Intern("wordvocab")
	text.Intern("characteristically")
	seen := map[string]bool{}
	for _, t := range corpus.Texts() {
		for _, w := range strings.Fields(asciiLower(t)) {
			w = strings.Trim(w, ".,;:!?()\"'")
			if len(w) >= 6 && !seen[w] && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
				seen[w] = true
				if len(seen)%2 == 0 {
					text.Intern(w)
				}
			}
		}
	}
	return len(seen)
}()

// asciiLower is the reference: ASCII letters lower-cased, every other byte kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// checkLower checks that Word, WordID and LowerRange read every token as the text
// lower-cased would give it, with no lower-cased copy of the text.
func checkLower(t *testing.T, d *text.Document) (capKnown, capOther int) {
	t.Helper()
	low := asciiLower(d.Text())
	for i, tok := range d.Tokens() {
		want := low[tok.Start:tok.End]
		if want != d.Slice(tok.Range()) {
			if d.WordID(i) != text.NoWord {
				capKnown++
			} else {
				capOther++
			}
		}
		if got := d.Word(i); got != want {
			t.Fatalf("Word(%d) = %q, want %q", i, got, want)
		}
		if got := d.LowerRange(tok.Range()); got != want {
			t.Fatalf("LowerRange(%v) = %q, want %q", tok.Range(), got, want)
		}
		if got, want := d.WordID(i), text.Lookup(want); got != want {
			t.Fatalf("WordID(%d) of %q = %d, want %d", i, d.Slice(tok.Range()), got, want)
		}
	}
	if d.Lower() != low {
		t.Fatal("Lower differs from the text lower-cased")
	}
	return capKnown, capOther
}

func TestLowerWords(t *testing.T) {
	if corpusWords == 0 {
		t.Fatal("no corpus words")
	}
	ins := []string{
		"CHARACTERISTICALLY Characteristically characteristicallY Characteristicallyy Wordvocab WORDVOCAB wordVocab Wordvocabs Wordvocabularies WORDVOCABULARY wordvocabulary",
		"The INSPECTORATE, Inspectorate and inspectorates of Ofsted's Smith-Jones said: \"Good\".",
		"A Z [ @ ` { ÉCOLE École x",
		"Ab",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghIJKLMNOP",
	}
	ins = append(ins, strings.Repeat("Word Other ", 100))
	ins = append(ins, corpus.Texts()...)
	known, other := 0, 0
	for _, in := range ins {
		k, o := checkLower(t, text.Parse(in))
		known, other = known+k, other+o
	}
	if known == 0 || other == 0 {
		t.Errorf("%d capitalised words of the vocabulary and %d of none: want some of each", known, other)
	}
}
