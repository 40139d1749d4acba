package dates

import (
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestDatePrefilterSound checks that the date prefilter (mayStart) turns away no token that
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
		"Mid-March 2024 was busy. Thurs 5 June and Weds. Sat, 7 Sept 2024. MAY 2021, Oct. 3.",
		"Earlier this year. The following year. That year. Next month. Autumn of 2020.",
	}
	for _, c := range cases {
		texts = append(texts, c.Text)
	}
	found := 0
	for _, in := range texts {
		doc := text.Parse(in)
		for _, s := range doc.Sentences() {
			p := sentenceScan(doc, s)
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

// TestStartBitsHoldEveryStartWord checks that the prefilter's hash test lets every
// season, relative word and calendar word through.
func TestStartIDsHoldEveryStartWord(t *testing.T) {
	if len(dateWords["seasons"]) == 0 {
		t.Fatal("no season words")
	}
	for w := range dateWords["seasons"] {
		if !startWords[w] {
			t.Errorf("startWords lacks the season %q", w)
		}
	}
	for _, w := range []string{"today", "the", "march", "mid-march", "sept", "thurs", "saturday"} {
		if !startWords[w] {
			t.Errorf("startWords lacks %q", w)
		}
	}
	for w := range startWords {
		if !startIDs.Has(text.Lookup(w)) {
			t.Errorf("startIDs lacks %q", w)
		}
	}
}

// TestDatePrefilterTurnsAwayNames checks that a capitalised word that names no month,
// weekday, season or relative date is turned away, and the calendar words are not.
func TestDatePrefilterTurnsAwayNames(t *testing.T) {
	doc := text.Parse("Governors at Brackenfield told the Inspectors on Monday, March 4, that Sept was near, the following year.")
	s := doc.Sentences()[0]
	p := sentenceScan(doc, s)
	want := map[string]bool{"governors": false, "brackenfield": false, "inspectors": false,
		"monday": true, "march": true, "4": true, "sept": true, "at": false, "that": false}
	seenThe := 0
	for i := s.First; i < s.Last; i++ {
		if doc.Word(i) == "the" {
			// the first "the" opens no date, the second opens "the following year"
			if got := p.mayStart(i); got != (seenThe == 1) {
				t.Errorf("mayStart(the #%d) = %v", seenThe+1, got)
			}
			seenThe++
		}
		if w, ok := want[doc.Word(i)]; ok && p.mayStart(i) != w {
			t.Errorf("mayStart(%q) = %v, want %v", doc.Word(i), !w, w)
		}
	}
}

// sentenceScan returns the scan of sentence s's tokens that parseDatesInto makes.
func sentenceScan(doc *text.Document, s text.Sentence) dateScan {
	return dateScan{doc: doc, toks: doc.Tokens(), lo: s.First, hi: s.Last, kinds: startKinds(doc.VocabSize())}
}
