// Package parsed gives the project's corpus as parsed Documents, for the benchmarks
// that time one stage over Documents made beforehand. It is apart from package corpus
// so that the packages text is built from can still read the corpus in their own tests.
package parsed

import (
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// Corpus returns the corpus texts parsed, and their length in bytes.
func Corpus() ([]*text.Document, int, error) {
	cases, err := corpus.LoadAll()
	if err != nil {
		return nil, 0, err
	}
	docs := make([]*text.Document, len(cases))
	n := 0
	for i, c := range cases {
		docs[i] = text.Parse(c.Text)
		n += len(c.Text)
	}
	return docs, n, nil
}
