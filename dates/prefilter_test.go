package dates

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestDatePrefilterSound checks that parseAt's prefilter turns away no token that
// starts a date: over the corpus and a table of date shapes, every token the full
// parsers read a date from passes mayStart. A sub-parser taught a new kind of start
// (a new relative word) fails here until mayStart is taught it too.
func TestDatePrefilterSound(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Inspected on 4 March 2024, 12/03/2024 and 2023-11-05; published Tuesday, 5 March.",
		"today, yesterday, tomorrow, earlier this year, later this month, last week, next year",
		"that year, the same year, the following month, the previous year, in spring 2023",
		"between 8 and 19 January, 5th-7th March 2024, mid-March, in summer of 2022, Sept. 2021",
		"TODAY the report was published. Last year it was good. Spring 2023 saw a visit.",
	}
	for _, c := range cases {
		texts = append(texts, c.Text)
	}
	found := 0
	for _, in := range texts {
		doc := text.Parse(in)
		for _, s := range doc.Sentences() {
			p := dateScan{doc: doc, toks: doc.Tokens(), lo: s.First, hi: s.Last}
			for i := s.First; i < s.Last; i++ {
				dm, ok := p.parseFrom(i)
				if !ok || dm.last <= i {
					continue
				}
				found++
				if !p.mayStart(i) {
					t.Errorf("a date starts at %q (%q) but the prefilter turns it away", doc.Word(i), doc.Slice(s.Range))
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d dates found; the check needs more to mean something", found)
	}
}

// TestSeasonKeysHoldEverySeason checks that the prefilter's byte-and-length test lets
// every season word of the lexicon through.
func TestSeasonKeysHoldEverySeason(t *testing.T) {
	if len(dateWords["seasons"]) == 0 {
		t.Fatal("no season words")
	}
	for w := range dateWords["seasons"] {
		if !seasonKeys.may(w) {
			t.Errorf("seasonKeys turns away %q", w)
		}
	}
}
