package text_test

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// BenchmarkParse parses the corpus: text.Parse alone, the third of BenchmarkExtract's
// time that line classification, folding and tokenizing take.
func BenchmarkParse(b *testing.B) {
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cases {
			text.Parse(c.Text)
		}
	}
}
