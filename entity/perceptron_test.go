package entity

import (
	"os"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestPerceptronMatchesProse checks that the rewritten tagging step gives prose's own
// tags on windows of the corpus's sentences like those the officials reader tags (every
// window of plain words; with VERDICT_TAGGER_ALL set, at every token and of every
// length from three to eight tokens, which takes minutes).
func TestPerceptronMatchesProse(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	m := taggerModel()
	step, sizes := 5, []int{7}
	if os.Getenv("VERDICT_TAGGER_ALL") != "" {
		step, sizes = 1, []int{3, 4, 5, 6, 7, 8}
	}
	compared := 0
	for _, c := range cases {
		doc := text.Parse(c.Text)
		toks := doc.Tokens()
		for _, s := range doc.Sentences() {
			for k := s.First; k < s.Last; k += step {
				for _, n := range sizes {
					if k+n > s.Last {
						continue
					}
					window := doc.Slice(text.Range{Start: int(toks[k].Start), End: int(toks[k+n-1].End)})
					ours, ok := plainTags(window)
					if !ok {
						continue
					}
					d, err := prose.NewDocument(window, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
					if err != nil {
						t.Fatal(err)
					}
					compared++
					if i, ok := sameTags(ours, d.Tokens()); !ok && !proseGives(m, window, ours) {
						t.Errorf("%q: token %d %q/%s, prose %v", window, i, ours[i].Text, ours[i].Tag, d.Tokens())
					}
				}
			}
		}
	}
	if compared < 1000 {
		t.Errorf("only %d windows compared", compared)
	}
	t.Logf("%d windows compared", compared)
}

// sameTags reports whether two taggings agree, and where they first differ.
func sameTags(a, b []prose.Token) (int, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	for i := range a {
		if a[i].Text != b[i].Text || a[i].Tag != b[i].Tag {
			return i, false
		}
	}
	return 0, true
}

// proseGives reports whether prose, tagging window again, gives want: where two tags
// score the same, prose takes either, by its map's order.
func proseGives(m *prose.Model, window string, want []prose.Token) bool {
	for range 200 {
		d, err := prose.NewDocument(window, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			return false
		}
		if _, ok := sameTags(want, d.Tokens()); ok {
			return true
		}
	}
	return false
}
