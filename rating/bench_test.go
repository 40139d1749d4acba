package rating

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// BenchmarkFind runs Inspectorates and FindAsOf over the corpus, parsed beforehand:
// the rating stage alone, steadier to measure than the whole pipeline.
func BenchmarkFind(b *testing.B) {
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*text.Document
	n := 0
	for _, c := range cases {
		docs = append(docs, text.Parse(c.Text))
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			FindAsOf(d, Inspectorates(d), OfstedBody, 0)
		}
	}
}
