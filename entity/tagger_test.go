package entity

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v2"
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

// TestWindowWordsMatchesProse checks that windowWords, where it parts a window, gives
// prose's tokens: on windows of the corpus's sentences and on runs prose keeps whole.
func TestWindowWordsMatchesProse(t *testing.T) {
	windows := []string{"Mr. Roe said", "(Dr.) Ana", "(o: x", "(-; Roe", `"Roe," she said`, "xD, Roe",
		"Roe's view", "don't, Roe", "(Ana Roe), chief nurse,", "[Roe]: Ana!", "Ms. Roe", "Roe.", "Ana Roe.",
		"A.B. Roe", "$Roe", "Ana's", "head (Ana)", `Roe."`, "U.K. Roe"}
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		doc := text.Parse(c.Text)
		toks := doc.Tokens()
		for _, s := range doc.Sentences() {
			for k := s.First; k+7 <= s.Last; k += 2 {
				windows = append(windows, doc.Slice(text.Range{Start: int(toks[k].Start), End: int(toks[k+6].End)}))
			}
		}
	}
	parted := 0
	for _, w := range windows {
		if repeatsWord(w) {
			continue
		}
		got, ok := windowWords(nil, w)
		if !ok {
			continue
		}
		parted++
		d, err := prose.NewDocument(w, prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, tok := range d.Tokens() {
			want = append(want, tok.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: windowWords %q, prose %q", w, got, want)
		}
	}
	if parted < 1000 {
		t.Errorf("only %d windows parted", parted)
	}
}
