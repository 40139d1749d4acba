package phrase

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/text"
)

// TestSearchHelpers checks the searching helpers against plain scans, on matches laid
// out as Find lays them: in order, not overlapping, with gaps of every width.
func TestSearchHelpers(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var ms []Match
		for at := r.IntN(3); at < 40; {
			n := 1 + r.IntN(3)
			ms = append(ms, Match{First: at, Last: at + n})
			at += n + r.IntN(3)
		}
		for i := -1; i < 46; i++ {
			if got, want := StartingAt(ms, i), scan(ms, func(m Match) bool { return m.First == i }); got != want {
				t.Fatalf("StartingAt(%v, %d) = %d; want %d", ms, i, got, want)
			}
			if got, want := EndingAt(ms, i), scan(ms, func(m Match) bool { return m.Last == i }); got != want {
				t.Fatalf("EndingAt(%v, %d) = %d; want %d", ms, i, got, want)
			}
			if got, want := Covering(ms, i), scan(ms, func(m Match) bool { return m.First <= i && i < m.Last }) >= 0; got != want {
				t.Fatalf("Covering(%v, %d) = %v; want %v", ms, i, got, want)
			}
			for j := i; j < i+8; j++ {
				if got, want := Within(ms, i, j), scan(ms, func(m Match) bool { return i < m.First && m.Last <= j }) >= 0; got != want {
					t.Fatalf("Within(%v, %d, %d) = %v; want %v", ms, i, j, got, want)
				}
			}
		}
	}
}

func scan(ms []Match, ok func(Match) bool) int {
	for k, m := range ms {
		if ok(m) {
			return k
		}
	}
	return -1
}

// TestFindLongestFirst checks Find on phrases whose first words share first or last
// letters and lengths (what the prefilter keys on): every phrase is found, the
// longest at a position wins, and a near miss is not found.
func TestFindLongestFirst(t *testing.T) {
	m := New([]string{"good", "good overall", "gold", "road", "requires improvement", "require"}, []int{1, 2, 3, 4, 5, 6})
	words := Words("Gold road was good overall , goad and good ; requires improvement require requires")
	got := m.Find(len(words), func(i int) string { return words[i] }, nil)
	want := []Match{{0, 1, 3}, {1, 2, 4}, {3, 5, 2}, {8, 9, 1}, {10, 12, 5}, {12, 13, 6}}
	if len(got) != len(want) {
		t.Fatalf("Find = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Find = %v, want %v", got, want)
		}
	}
}

// TestFindInReadsWordIDs checks that FindIn, which reads the numbers a Document gave
// its tokens, finds what Find finds by looking the words up, the longest first.
func TestFindInReadsWordIDs(t *testing.T) {
	m := New([]string{"good", "good overall", "requires improvement"}, []int{1, 2, 3})
	doc := text.Parse("It was Good overall, and it requires improvement in one place; good.")
	n := len(doc.Tokens())
	got := m.FindIn(doc, 0, n, nil)
	want := m.Find(n, doc.Word, nil)
	if len(want) != 3 || !slices.Equal(got, want) {
		t.Fatalf("FindIn = %v, Find = %v; want the same 3 matches", got, want)
	}
	if got := m.FindIn(doc, 3, n, nil); len(got) != 2 || got[0] != (Match{want[1].First - 3, want[1].Last - 3, 3}) {
		t.Fatalf("FindIn from token 3 = %v; want 2 matches, token 3 numbered 0", got)
	}
}

// TestFindInOlderDocument checks a Matcher built after a Document was parsed: its new
// words have no number in that Document, and FindIn still finds them.
func TestFindInOlderDocument(t *testing.T) {
	doc := text.Parse("The quorvane trellisward opened.")
	m := New([]string{"quorvane trellisward"}, []int{7})
	if doc.VocabSize() >= text.VocabSize() {
		t.Fatalf("the vocabulary did not grow: %d words", text.VocabSize())
	}
	got := m.FindIn(doc, 0, len(doc.Tokens()), nil)
	if want := []Match{{1, 3, 7}}; !slices.Equal(got, want) {
		t.Fatalf("FindIn = %v; want %v", got, want)
	}
	if later := text.Parse("quorvane trellisward"); !slices.Equal(m.FindIn(later, 0, 2, nil), []Match{{0, 2, 7}}) {
		t.Fatalf("FindIn on a later document = %v", m.FindIn(later, 0, 2, nil))
	}
}

// TestKeyedLongestFirst checks the keyed engine on stems, exact words and wildcards:
// at each position the longest phrase wins, a phrase under the Stem key is preferred
// at equal length, and Any matches one word that is not punctuation.
func TestKeyedLongestFirst(t *testing.T) {
	var v Vocab
	good, over, all, im, exact := v.Add("good"), v.Add("overall"), v.Add("all"), v.Add("improv"), v.Add("=improve")
	var m Keyed
	p0 := m.Add([]Key{good})
	p1 := m.Add([]Key{good, Any, over})
	p2 := m.Add([]Key{exact})
	p3 := m.Add([]Key{im})
	p4 := m.Add([]Key{all, Any})
	m.Build()
	words := []Word{{Stem: good}, {Stem: v.Key("x")}, {Stem: over}, {Stem: good}, {Stem: im, Exact: exact}, {Stem: all}, {Stem: 99, Punct: true}, {Stem: all}, {Stem: 98}}
	word := func(j int) Word { return words[j] }
	want := []int{p1, -1, -1, p0, p3, -1, -1, p4, -1}
	for i := range words {
		if got := m.At(i, len(words), word); got != want[i] {
			t.Errorf("At(%d) = %d, want %d", i, got, want[i])
		}
	}
	if got := m.At(0, 2, word); got != p0 {
		t.Errorf("At(0) before word 2 = %d, want %d", got, p0)
	}
	if got := m.Filed(good); !slices.Equal(got, []int32{int32(p1), int32(p0)}) {
		t.Errorf("Filed(good) = %v", got)
	}
	if got := m.At(0, 1, func(int) Word { return Word{Stem: v.Key("y"), Exact: exact} }); got != p2 {
		t.Errorf("At on the exact word alone = %d, want %d", got, p2)
	}
}
