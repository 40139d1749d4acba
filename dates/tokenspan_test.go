package dates

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestTokenSpanIn checks that tokenSpanIn gives TokenSpan's answer for ranges in,
// around and across each sentence of the corpus texts.
func TestTokenSpanIn(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases[:min(len(cases), 60)] {
		doc := text.Parse(c.Text)
		toks := doc.Tokens()
		for _, s := range doc.Sentences() {
			for _, a := range []int{s.Start - 2, s.Start, s.Start + 1, s.Start + 5, s.End - 1} {
				for _, b := range []int{a, a + 1, a + 4, s.End, s.End + 3} {
					rg := text.Range{Start: max(a, 0), End: max(b, a, 0)}
					f0, l0 := TokenSpan(toks, rg)
					if f1, l1 := tokenSpanIn(toks, rg, s); f0 != f1 || l0 != l1 {
						t.Fatalf("%v in %v: tokenSpanIn %d,%d, TokenSpan %d,%d", rg, s.Range, f1, l1, f0, l0)
					}
				}
			}
		}
	}
}
