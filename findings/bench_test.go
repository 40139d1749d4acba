package findings

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
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
		doc := text.Parse(c.Text)
		ms := rating.Inspectorates(doc)
		main := rating.NoInspectorate
		if len(ms) > 0 {
			main = ms[0].Inspectorate
		}
		found := rating.Find(doc, ms, main)
		cands := quote.Candidates(doc, quote.Segments(doc))
		ins = append(ins, Input{Doc: doc, Found: found, Mentions: found, Candidates: cands, Inspectorate: len(ms) > 0})
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
