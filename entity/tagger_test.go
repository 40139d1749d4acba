package entity

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"

	"github.com/verdictnlp/verdict/text"
)

// TestTaggerProperNouns checks the tagger on a window around a name it reads as proper
// nouns, and on runs it does not: common nouns, or a run that is not in the sentence.
func TestTaggerProperNouns(t *testing.T) {
	tg := NewTagger()
	doc := text.Parse("Last year he asked chief executive Oriel Thwaite to review staffing.")
	toks := doc.Tokens()
	s := doc.Sentences()[0]
	find := func(w string) int {
		for k := s.First; k < s.Last; k++ {
			if doc.Slice(toks[k].Range()) == w {
				return k - s.First
			}
		}
		t.Fatalf("no token %q", w)
		return 0
	}
	name, role := find("Oriel"), find("chief")
	if !tg.properNouns(doc, toks, s.First, s.Last, name, name+2) {
		t.Error("the tagger should read Oriel Thwaite as proper nouns")
	}
	if tg.properNouns(doc, toks, s.First, s.Last, role, role+2) {
		t.Error("the tagger should not read 'chief executive' as proper nouns")
	}
	if taggedProper(nil, []string{"Oriel"}) {
		t.Error("a name among no tokens is not confirmed")
	}
}

// TestFieldsProperMatchesTags checks that fieldsProper, where it settles a window,
// answers as plainTags and taggedProper do, for runs of one to three tokens in windows
// of the corpus's sentences like those properNouns tags.
func TestFieldsProperMatchesTags(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	settled := 0
	for _, c := range cases {
		doc := text.Parse(c.Text)
		toks := doc.Tokens()
		for _, s := range doc.Sentences() {
			for k := s.First; k < s.Last; k += 3 {
				for n := 1; n <= 3 && k+n <= s.Last; n++ {
					lo, hi := max(s.First, k-tagContext), min(s.Last, k+n+tagContext)
					window := doc.Slice(text.Range{Start: int(toks[lo].Start), End: int(toks[hi-1].End)})
					var name []string
					for j := k; j < k+n; j++ {
						name = append(name, doc.Slice(toks[j].Range()))
					}
					got, ok := fieldsProper(window, name)
					if !ok {
						continue
					}
					settled++
					tagged, ok := plainTags(window)
					if want := ok && taggedProper(tagged, name); got != want {
						t.Errorf("%q, name %q: fieldsProper %v, tags %v", window, name, got, want)
					}
				}
			}
		}
	}
	if settled < 1000 {
		t.Errorf("only %d windows settled", settled)
	}
}
