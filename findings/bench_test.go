package findings

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
)

// BenchmarkFind runs the scan alone over the corpus, its inputs prepared once (as
// find prepares them, the quoted stretches included, which the pipeline's quote stage
// hands it): the stage's share of BenchmarkExtract, measured without the noise of the
// other stages.
func BenchmarkFind(b *testing.B) {
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	var ins []Input
	n := 0
	for _, c := range cases {
		in := inputOf(c.Text)
		in.Candidates = quote.Candidates(in.Doc, quote.Segments(in.Doc))
		ins = append(ins, in)
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			Find(in)
		}
	}
}
