package rating_test

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// FuzzFind checks that any input gives judgements with grades of their scales and
// ranges inside the analysis text, without panicking.
func FuzzFind(f *testing.F) {
	for _, t := range corpus.Texts() {
		f.Add(t)
	}
	f.Add("Safe good\nCaring 3 - Adequate\n\u2022 poor for safety\nrated from good to")
	f.Fuzz(func(t *testing.T, in string) {
		d := text.Parse(in)
		for _, j := range rating.Find(d, rating.Inspectorates(d), rating.OfstedBody) {
			if j.Range.Start < 0 || j.Range.End > len(d.Text()) || j.Range.Start >= j.Range.End {
				t.Fatalf("judgement range %v outside the text", j.Range)
			}
			if g, ok := rating.Lookup(j.Scale, j.Grade.String()); !ok || g != j.Grade {
				t.Fatalf("grade %q is not of scale %v", j.Grade, j.Scale)
			}
		}
	})
}
