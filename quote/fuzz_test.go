package quote_test

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

// FuzzQuotes checks that segments, candidates and attributions of any input are
// ordered ranges inside the analysis text, and that nothing panics.
func FuzzQuotes(f *testing.F) {
	for _, t := range corpus.Texts() {
		f.Add(t)
	}
	f.Add("\u201c\u2018x\u2019\u201d \"'\" said: \u201c\n\n\u201c")
	f.Fuzz(func(t *testing.T, in string) {
		d := text.Parse(in)
		n := len(d.Text())
		segs := quote.Segments(d)
		for i, s := range segs {
			if s.Content.Start < 0 || s.Content.End > n || s.Content.Start > s.Content.End || i > 0 && s.Content.Start < segs[i-1].Content.Start {
				t.Fatalf("segment %d %v out of order or bounds", i, s.Content)
			}
		}
		for _, c := range quote.Candidates(d, segs) {
			a := quote.Attribute(d, c)
			for _, r := range []text.Range{c.Range(), a.Speaker, a.Clause, c.Before, c.After, c.Between, c.LeadIn} {
				if r.Start < 0 || r.End > n || r.Start > r.End {
					t.Fatalf("range %v outside the text of %d bytes", r, n)
				}
			}
		}
	})
}
