package entity_test

import (
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/text"
)

// TestOpeningName covers names with no head noun that open a sentence (issue 12), in
// sentences written for this test.
func TestOpeningName(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"aside at an address", "Little Wrens, at 40 Mill Lane, was inspected in May.", "Little Wrens"},
		{"which-clause", "Kestrel Learning Ltd, which trains apprentices, will appeal.", "Kestrel Learning Ltd"},
		{"a place after the name", "Ysbryd Y Cwm in Llanfoel has been praised.", "Ysbryd Y Cwm"},
		{"one word and a grading verb", "Puddlejumpers was judged 'good'.", "Puddlejumpers"},
		{"auxiliaries before the verb", "Tern Valley Care has been rated 'good'.", "Tern Valley Care"},
		{"a leading the", "The Acorn Tree, which opened last year, was graded 'good'.", "Acorn Tree"},
		{"one word and a weak cue", "Puddlejumpers, which opened in 2019, is busy.", ""},
		{"a person with a role", "Jane Harrow, the manager, said she was proud.", ""},
		{"a person who", "Jane Harrow, who runs it, was delighted.", ""},
		{"a pronoun", "It was rated 'good'.", ""},
		{"people who are no body", "Parents were given a letter.", ""},
		{"a place in lower case after in", "Little Wrens in the village opened.", ""},
		{"no cue", "Little Wrens opened in 2019.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := text.Parse(tc.in)
			r, ok := entity.OpeningName(doc, 0)
			got := ""
			if ok {
				got = doc.Slice(r)
			}
			if got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestVisitedName covers bodies named only as the place inspectors visited (issue 12),
// in sentences written for this test.
func TestVisitedName(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"visited and a place", "Inspectors visited Birchwood Haven in Oakhurst in May.", "Birchwood Haven"},
		{"at and a lower-case noun", "Parents at Greyhithe school are angry.", "Greyhithe school"},
		{"one word before a place", "Inspectors visited Oakhurst in Wessex.", ""},
		{"at and a lower-case place", "Staff at Birchwood Haven in the town were praised.", ""},
		{"no cue after the name", "Staff at Birchwood Haven were praised.", ""},
		{"no visit word", "Birchwood Haven in Oakhurst closed.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := text.Parse(tc.in)
			r, ok := entity.VisitedName(doc, 0)
			got := ""
			if ok {
				got = doc.Slice(r)
			}
			if got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
