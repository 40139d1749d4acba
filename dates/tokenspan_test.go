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

// TestReleaseReuse checks that a list given back by Release is read into again and
// that Parse's answer is the same as into fresh scratch.
func TestReleaseReuse(t *testing.T) {
	doc := text.Parse("Inspected on 4 March 2024, published 17 May 2024. The last visit was in June 2019.")
	want := Parse(doc)
	for range 3 {
		ms := Parse(doc)
		if len(ms) != len(want) {
			t.Fatalf("after Release: %d mentions, want %d", len(ms), len(want))
		}
		for i := range ms {
			if ms[i].first != want[i].first || ms[i].last != want[i].last || ms[i].value != want[i].value {
				t.Errorf("mention %d: %+v, want %+v", i, ms[i], want[i])
			}
		}
		Release(ms)
	}
}
