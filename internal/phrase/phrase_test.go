package phrase

import (
	"math/rand/v2"
	"testing"
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
