package text_test

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

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
func checkLower(t *testing.T, d *text.Document) {
	t.Helper()
	low := asciiLower(d.Text())
	for i, tok := range d.Tokens() {
		want := low[tok.Start:tok.End]
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
}

func TestLowerWords(t *testing.T) {
	text.Intern("inspectorate") // a word of more than eight bytes in the vocabulary
	ins := []string{
		"The INSPECTORATE, Inspectorate and inspectorates of Ofsted's Smith-Jones said: \"Good\".",
		"A Z [ @ ` { ÉCOLE École x",
		"Ab",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghIJKLMNOP",
	}
	ins = append(ins, strings.Repeat("Word Other ", 100))
	ins = append(ins, corpus.Texts()...)
	for _, in := range ins {
		checkLower(t, text.Parse(in))
	}
}
