package extract

import (
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

// BenchmarkStages times, over the corpus parsed and annotated once, what this package
// and the dates and quote packages do in a call: the dates' and the quotes'
// annotators and every step but findings. The Document, the people and the grade
// mentions are read once, before the timer, so the time is these stages' alone (the
// grade mentions' copy, which the judgements step takes over, is in it).
func BenchmarkStages(b *testing.B) {
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	cfg := &defaultExtractor.cfg
	var anns []*annotations
	for _, c := range cases {
		anns = append(anns, annotate(text.Parse(c.Text), cfg, true))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, pre := range anns {
			a := *pre
			doc := a.doc
			a.grades = slices.Clone(pre.grades)
			a.rawDates = dates.Parse(doc)
			a.quoteCands = quote.Candidates(doc, quote.Segments(doc))
			a.attributions = make([]quote.Attribution, len(a.quoteCands))
			for i, c := range a.quoteCands {
				if c.Words >= quote.MinWords {
					a.attributions[i] = quote.Attribute(doc, c)
				}
			}
			s := &state{annotations: &a, cfg: cfg, report: newReport(doc)}
			for _, st := range steps {
				if st.name != "findings" {
					st.run(s)
				}
			}
		}
	}
}
