package entity

import (
	"testing"

	"github.com/verdictnlp/verdict/text"
)

// TestGatherPeople wants one Person per person: a later mention by title and surname,
// and a surname alone, join the first full mention; a signature's role line gives a
// role; a member of the public is no official.
func TestGatherPeople(t *testing.T) {
	in := "Headteacher Ines Varga said the staff had worked hard.\n\n" +
		"Mrs Varga added that parents had helped. Varga thanked them.\n\n" +
		"Parent Tom Quill said he was pleased.\n\n" +
		"Helen Tallis\n\nChair of Governors\n"
	ps := GatherPeople(text.Parse(in), Options{})
	byName := map[string]Person{}
	for _, p := range ps {
		byName[p.Name] = p
	}
	if len(ps) != 3 {
		t.Fatalf("GatherPeople gave %d people, want 3: %+v", len(ps), ps)
	}
	varga := byName["Ines Varga"]
	if varga.Role != "headteacher" || len(varga.Mentions) != 3 || !varga.Official() {
		t.Errorf("Ines Varga: role %q, %d mentions, official %v; want headteacher, 3, true", varga.Role, len(varga.Mentions), varga.Official())
	}
	if q := byName["Tom Quill"]; !q.Public || q.Official() {
		t.Errorf("Tom Quill: public %v, official %v; want a member of the public, no official", q.Public, q.Official())
	}
	if o := byName["Helen Tallis"]; o.Role == "" || !o.Official() {
		t.Errorf("Helen Tallis: role %q, official %v; want the signature's role", o.Role, o.Official())
	}
}

// TestSpansOverlap wants spans to answer as checking every range with
// text.Range.Overlaps, nested and touching ranges included.
func TestSpansOverlap(t *testing.T) {
	ms := []text.Range{{Start: 40, End: 52}, {Start: 3, End: 9}, {Start: 10, End: 30}, {Start: 12, End: 14}, {Start: 9, End: 10}}
	s := newSpans(ms)
	for a := 0; a < 60; a++ {
		for b := a + 1; b < 62; b += 3 {
			r := text.Range{Start: a, End: b}
			want := false
			for _, m := range ms {
				want = want || m.Overlaps(r)
			}
			if got := s.overlaps(r); got != want {
				t.Errorf("overlaps(%v) = %v, want %v", r, got, want)
			}
		}
	}
	if newSpans(nil).overlaps(text.Range{Start: 0, End: 5}) {
		t.Errorf("no ranges overlap nothing")
	}
}

// TestNameRulesNeedTwoCapitals wants every rank word and surname word capitalised:
// nextCapPair lets personAt pass over a capital with no capital after it, where each
// of its rules reads one of them, a title or a name word (isNameWord asks isCap).
func TestNameRulesNeedTwoCapitals(t *testing.T) {
	for _, set := range []map[string]bool{rankShort, rankFull} {
		for w := range set {
			if !isCap(w) {
				t.Errorf("rank word %q is not capitalised", w)
			}
		}
	}
	for _, w := range surnameWords.slots {
		if w != "" && !isCap(w) {
			t.Errorf("surname word %q is not capitalised", w)
		}
	}
	if surnameWords.empty {
		t.Error(`surnameWords holds ""`)
	}
}
