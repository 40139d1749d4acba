package entity

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus/parsed"
)

// BenchmarkPeople runs GatherPeople (with the tagger) and Bodies over the corpus,
// parsed beforehand: the people stage alone. The tagger's models load before the
// timer starts.
func BenchmarkPeople(b *testing.B) {
	docs, n, err := parsed.Corpus()
	if err != nil {
		b.Fatal(err)
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
