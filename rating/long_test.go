package rating_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// TestLongOutput wants a text of many paragraphs to give, for each, what the paragraph
// gives alone. A long text's judgements are kept in chunks and joined once (see the
// finder's add). The paragraph's last sentence reads all the grades of the sentence
// before it (had they all been previous, "It was judged..." would go on about the
// earlier inspection), and a chunk can end between that sentence's two grades.
func TestLongOutput(t *testing.T) {
	const para = "The centre was visited in May 2024. It is now rated good for behaviour and attitudes, and in 2019 it was rated inadequate overall. It was judged good for personal development.\n\n"
	one := placed(para, 0)
	if len(one) != 3 {
		t.Fatalf("the paragraph alone gives %q; want its three judgements", one)
	}
	const n = 1500 // 4,500 judgements: chunks of 1,024 end at each place in the paragraph's three
	got := placed(strings.Repeat(para, n), len(para))
	want := slices.Concat(slices.Repeat([][]string{one}, n)...)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("judgement %d of %d (want %d) is %q; want %q", i, len(got), len(want), got[i], want[i])
			}
		}
		t.Fatalf("%d judgements; want %d", len(got), len(want))
	}
}

// placed renders what Find gives for in as "time area grade year @offset" lines, the
// offset taken within its paragraph of size (0: within the text).
func placed(in string, size int) []string {
	doc := text.Parse(in)
	ms := rating.Inspectorates(doc)
	var out []string
	for _, f := range rating.Find(doc, ms, rating.OfstedBody) {
		at := f.Range.Start
		if size > 0 {
			at %= size
		}
		year := 0
		if f.Year != nil {
			year = *f.Year
		}
		out = append(out, fmt.Sprintf("%s %s %s %d @%d", f.Time, f.Area, f.Grade, year, at))
	}
	return out
}
