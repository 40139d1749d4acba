package rating

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus/parsed"
)

// BenchmarkFind runs Inspectorates and FindAsOf over the corpus, parsed beforehand:
// the rating stage alone, steadier to measure than the whole pipeline.
func BenchmarkFind(b *testing.B) {
	docs, n, err := parsed.Corpus()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			FindAsOf(d, Inspectorates(d), OfstedBody, 0)
		}
	}
}
