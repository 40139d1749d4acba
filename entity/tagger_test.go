package entity

import (
	"testing"

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
