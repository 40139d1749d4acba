package entity

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// BenchmarkPeople runs GatherPeople (with the tagger) and Bodies over the corpus,
// parsed beforehand: the people stage alone. The tagger's models load before the
// timer starts.
func BenchmarkPeople(b *testing.B) {
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
	opts := Options{Tagger: NewTagger()}
	perceptronModel()
	taggerModel()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			GatherPeople(d, opts)
			Bodies(d)
		}
	}
}
