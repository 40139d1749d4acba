package findings

import (
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
)

// TestWindowsAgree checks that the findings of every corpus text are the same when
// each paragraph is a window of its own as when the text is one window: the rules
// that read past a sentence's ends see the look-behind and look-ahead words, and the
// labels, quotations and items carried from window to window are as the whole text's.
func TestWindowsAgree(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { fWindowBytes = n }(fWindowBytes)
	// A rule that reads the words before a clause, across a paragraph's start:
	// aimedImprovement's "told to improve" (the look-behind).
	cases = append(cases, corpus.Case{Name: "look-behind", Text: "Inspectors found the trust was told to\n\nimprove its safeguarding. Staff were kind."})
	for _, c := range cases {
		in := inputOf(c.Text)
		for _, cands := range [][]quote.Candidate{nil, quote.Candidates(in.Doc, quote.Segments(in.Doc))} {
			in.Candidates = cands
			fWindowBytes = 1 << 30
			whole := Find(in)
			fWindowBytes = 0
			if got := Find(in); !slices.Equal(got, whole) {
				t.Errorf("%s: paragraph windows give %d findings, one window %d", c.Name, len(got), len(whole))
			}
		}
	}
}
