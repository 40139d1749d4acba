package boiler

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/norm"
)

// BenchmarkClassify classifies the corpus's lines, folded as text.Parse folds them:
// the classifier alone, a third of BenchmarkParse's time.
func BenchmarkClassify(b *testing.B) {
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]Line
	n := 0
	for _, c := range cases {
		var lines []Line
		for _, l := range strings.Split(c.Text, "\n") {
			lines = append(lines, Line{Text: norm.String(l)})
		}
		docs = append(docs, lines)
		n += len(c.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var dst []Class
	for b.Loop() {
		for _, lines := range docs {
			dst = ClassifyInto(dst, lines)
		}
	}
}
